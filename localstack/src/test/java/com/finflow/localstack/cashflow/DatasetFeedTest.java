package com.finflow.localstack.cashflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.finflow.emulators.AwsAccount;
import com.finflow.emulators.ElasticMq;
import com.finflow.emulators.FreePort;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The feeder against ElasticMQ and a recording HTTP server: companies and rates PUT as the API
 * takes them, every planned delivery one message whose body is the batch's line, with the
 * organization attribute.
 */
class DatasetFeedTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataset;
  private static ElasticMq elasticMq;
  private static HttpServer api;
  private static final ConcurrentLinkedQueue<String[]> puts = new ConcurrentLinkedQueue<>();

  @BeforeAll
  static void start() throws IOException {
    DatasetGenerator.generate(
        new DatasetGenerator.Options(
            DatasetSize.SMALL, 5, DatasetGenerator.Options.DEFAULT_BATCH_ROWS, Optional.empty()),
        dataset);
    elasticMq = ElasticMq.start(FreePort.pick());
    api = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    api.createContext(
        "/",
        exchange -> {
          puts.add(
              new String[] {
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
              });
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    api.start();
  }

  @AfterAll
  static void stop() {
    api.stop(0);
    elasticMq.close();
  }

  @Test
  void putsCompaniesAndRatesThenSendsEveryPlannedBatchWithTheTokensOrganization()
      throws IOException {
    String token = token("org-feed-1");
    try (SqsClient sqs = sqs()) {
      String queueUrl = sqs.createQueue(request -> request.queueName("feed-test")).queueUrl();
      ByteArrayOutputStream printed = new ByteArrayOutputStream();

      DatasetFeed.Summary summary =
          DatasetFeed.run(
              new DatasetFeed.Options(
                  dataset,
                  URI.create("http://localhost:" + api.getAddress().getPort() + "/"),
                  token,
                  queueUrl,
                  Optional.of(URI.create("http://localhost:" + elasticMq.port())),
                  Optional.empty(),
                  4,
                  Optional.of(3L),
                  true,
                  0.1),
              new PrintStream(printed, true, StandardCharsets.UTF_8));

      List<String> lines = Files.readAllLines(dataset.resolve("batches.jsonl"));
      List<Message> messages = drain(sqs, queueUrl);
      assertThat(messages).hasSize(summary.messages());
      assertThat(summary.messages()).isGreaterThan(2 * lines.size());
      Map<String, Integer> copies = new HashMap<>();
      for (Message message : messages) {
        assertThat(lines).contains(message.body());
        assertThat(message.messageAttributes().get("organization_id").stringValue())
            .isEqualTo("org-feed-1");
        copies.merge(message.body(), 1, Integer::sum);
      }
      assertThat(copies).hasSize(lines.size());
      assertThat(copies.values()).allMatch(count -> count >= 2);
      assertThat(printed.toString(StandardCharsets.UTF_8)).contains("rows/s", "ETA");
    }

    List<String[]> companyPuts =
        puts.stream().filter(put -> put[0].startsWith("PUT /cashflow/companies/")).toList();
    List<String[]> ratePuts =
        puts.stream().filter(put -> put[0].startsWith("PUT /cashflow/exchange-rates/")).toList();
    assertThat(companyPuts).hasSize(100);
    assertThat(ratePuts).hasSize(Files.readAllLines(dataset.resolve("rates.jsonl")).size());
    assertThat(puts).allMatch(put -> put[1].equals("Bearer " + token));
    String[] first =
        companyPuts.stream()
            .filter(put -> put[0].endsWith("/company-00001"))
            .findFirst()
            .orElseThrow();
    JsonNode body = JSON.readTree(first[2]);
    assertThat(body.has("company_id")).isFalse();
    assertThat(body.has("name") && body.has("owner") && body.has("ibans")).isTrue();
    assertThat(JSON.readTree(ratePuts.getFirst()[2]).has("currency")).isFalse();
  }

  @Test
  void aPlanSendsEachBatchOnceInFileOrderUnlessToldOtherwise() {
    assertThat(FeedPlan.of(4, Optional.empty(), false, 0).deliveries()).containsExactly(0, 1, 2, 3);

    FeedPlan shuffledTwice = FeedPlan.of(1_000, Optional.of(9L), true, 0);
    List<Integer> firstPass = shuffledTwice.deliveries().subList(0, 1_000);
    List<Integer> secondPass = shuffledTwice.deliveries().subList(1_000, 2_000);
    assertThat(firstPass).containsExactlyInAnyOrderElementsOf(secondPass).isNotEqualTo(secondPass);
    assertThat(firstPass).isNotEqualTo(FeedPlan.of(1_000, Optional.empty(), false, 0).deliveries());
    assertThat(FeedPlan.of(1_000, Optional.of(9L), true, 0)).isEqualTo(shuffledTwice);

    int withDuplicates = FeedPlan.of(10_000, Optional.of(1L), false, 0.1).deliveries().size();
    assertThat(withDuplicates).isBetween(10_900, 11_100);
  }

  @Test
  void theBatchFileReadsAnyLineByNumberAndCountsItsRows() throws IOException {
    List<String> lines = Files.readAllLines(dataset.resolve("batches.jsonl"));
    try (BatchFile file = BatchFile.open(dataset.resolve("batches.jsonl"))) {
      assertThat(file.batches()).isEqualTo(lines.size());
      assertThat(file.totalRows()).isEqualTo(110_000);
      for (int line = lines.size() - 1; line >= 0; line--) {
        assertThat(file.line(line)).isEqualTo(lines.get(line));
        assertThat(file.rows(line))
            .isEqualTo(JSON.readTree(lines.get(line)).get("transactions").size());
      }
    }
  }

  @Test
  void theOrganizationComesFromTheAccessTokensOrgClaim() {
    assertThat(DatasetFeed.organizationOf(token("org-42"))).isEqualTo("org-42");
  }

  private static List<Message> drain(SqsClient sqs, String queueUrl) {
    List<Message> messages = new ArrayList<>();
    int empty = 0;
    while (empty < 2) {
      List<Message> received =
          sqs.receiveMessage(
                  request ->
                      request
                          .queueUrl(queueUrl)
                          .maxNumberOfMessages(10)
                          .waitTimeSeconds(1)
                          .visibilityTimeout(300)
                          .messageAttributeNames("All"))
              .messages();
      empty = received.isEmpty() ? empty + 1 : 0;
      messages.addAll(received);
    }
    return messages;
  }

  private static SqsClient sqs() {
    return SqsClient.builder()
        .endpointOverride(URI.create("http://localhost:" + elasticMq.port()))
        .region(Region.of(AwsAccount.REGION))
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(AwsAccount.ACCESS_KEY_ID, AwsAccount.SECRET_ACCESS_KEY)))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static String token(String organization) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String header = base64.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
    String claims =
        base64.encodeToString(
            ("{\"sub\":\"u1\",\"org\":\"" + organization + "\",\"role\":\"admin\"}")
                .getBytes(StandardCharsets.UTF_8));
    return header + "." + claims + ".c2lnbmF0dXJl";
  }
}
