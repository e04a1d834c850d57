package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Per-organization rate limits through the real stack, deployed here with low limits: 3 bulk
 * submissions and 2 extractions per organization per minute, counted in DynamoDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitFlowTest {

  private static final Duration ENOUGH_FOR_ONE_SEQUENCE = Duration.ofSeconds(20);
  private static final BigDecimal STARTING_BALANCE = new BigDecimal("100000.00");

  private LocalStackRuntime runtime;
  private ApiClient api;
  private DynamoDbClient dynamoDb;

  @BeforeAll
  void start() {
    runtime =
        LocalStackRuntime.start(
            RunningFinflow.realStack(RunningFinflow.TEMPLATE)
                .withFunctionEnvironment(
                    Map.of("BULK_SUBMISSIONS_PER_MINUTE", "3", "EXTRACTIONS_PER_MINUTE", "2")));
    api = new ApiClient(runtime.httpBaseUrl());
    dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint());
  }

  @AfterAll
  void stop() {
    dynamoDb.close();
    runtime.close();
  }

  @Test
  void theFourthBulkOfTheMinuteIs429WithRetryAfterAndWritesNothingWhileAReplayIsAnswered() {
    Tenant tenant = Tenant.signUp(api, STARTING_BALANCE.toPlainString());
    Tenant neighbour = Tenant.signUp(api, STARTING_BALANCE.toPlainString());
    Random random = new Random(9);
    ObjectNode first = tenant.bulkOf(2, random, "partial");
    ObjectNode fourth = tenant.bulkOf(3, random, "partial");
    Instant window = startOfAFreshWindow();

    List<ApiClient.Reply> acceptedReplies =
        List.of(
            submit(tenant, first),
            submit(tenant, tenant.bulkOf(1, random, "partial")),
            submit(tenant, tenant.bulkOf(1, random, "partial")));
    ApiClient.Reply refused = submit(tenant, fourth);
    ApiClient.Reply replay = submit(tenant, first);
    ApiClient.Reply neighbours = submit(neighbour, neighbour.bulkOf(1, random, "partial"));
    assertThat(startOfWindowNow()).as("the sequence ran within one window").isEqualTo(window);

    assertThat(acceptedReplies).extracting(ApiClient.Reply::status).containsOnly(201);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("content-type")).contains("application/problem+json");
    long retryAfter = Long.parseLong(refused.header("retry-after").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 60L);
    JsonNode problem = refused.json();
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:rate-limited");
    assertThat(problem.get("detail").asText())
        .startsWith("your organization may make at most 3 bulk submissions per minute");
    assertThat(problem.get("retry_after").asLong()).isEqualTo(retryAfter);
    BigDecimal acceptedTotal =
        acceptedReplies.stream()
            .map(reply -> new BigDecimal(reply.json().get("total_amount").asText()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    JsonNode account = tenant.account(api).json();
    assertThat(
            new BigDecimal(account.get("reserved").asText())
                .add(STARTING_BALANCE.subtract(new BigDecimal(account.get("balance").asText()))))
        .as("reserved or paid: the three accepted bulks and nothing of the fourth")
        .isEqualByComparingTo(acceptedTotal);
    String organizationId = organizationOf(tenant);
    assertThat(bulksOf(organizationId)).hasSize(3);
    assertThat(submissionOf(organizationId, fourth.get("request_id").asText()))
        .as("the refused submission claimed no idempotency key")
        .isEmpty();
    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.header("idempotent-replayed")).contains("true");
    assertThat(neighbours.status()).as("another organization keeps its allowance").isEqualTo(201);
  }

  @Test
  void theThirdExtractionOfTheMinuteIs429WithRetryAfter() {
    Tenant tenant = Tenant.signUp(api, "1.00");
    startOfAFreshWindow();

    List<Integer> accepted =
        List.of(
            extract(tenant, TestCpfs.of(610000001)).status(),
            extract(tenant, TestCpfs.of(610000002)).status());
    ApiClient.Reply refused = extract(tenant, TestCpfs.of(610000003));

    assertThat(accepted).containsExactly(202, 202);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(Long.parseLong(refused.header("retry-after").orElseThrow())).isBetween(1L, 60L);
    assertThat(refused.json().get("type").asText()).isEqualTo("urn:finflow:problem:rate-limited");
    assertThat(refused.json().get("limit").asInt()).isEqualTo(2);
  }

  private ApiClient.Reply submit(Tenant tenant, ObjectNode body) {
    return api.post("/transfers/bulk", Optional.of(tenant.accessToken()), body.toString());
  }

  private ApiClient.Reply extract(Tenant tenant, String cpf) {
    return api.post(
        "/extract-financial-data",
        Optional.of(tenant.accessToken()),
        "{\"name\":\"My App\",\"organization_name\":\"My Organization\",\"organization_id\":\"123\","
            + "\"user_document_number\":\""
            + cpf
            + "\",\"async\":true}");
  }

  /**
   * Waits, if need be, for a minute with enough of it left for one sequence of requests, so that
   * they all fall in one window of the limit; answers the window's start.
   */
  private static Instant startOfAFreshWindow() {
    Instant now = Instant.now();
    Instant next = startOfWindowNow().plusSeconds(60);
    if (Duration.between(now, next).compareTo(ENOUGH_FOR_ONE_SEQUENCE) < 0) {
      Settlement.sleep(Duration.between(now, next).toMillis() + 50);
    }
    return startOfWindowNow();
  }

  private static Instant startOfWindowNow() {
    return Instant.ofEpochSecond(Math.floorDiv(Instant.now().getEpochSecond(), 60) * 60);
  }

  private String organizationOf(Tenant tenant) {
    return api.get("/users/me", Optional.of(tenant.accessToken()))
        .json()
        .get("organization_id")
        .asText();
  }

  private List<Map<String, AttributeValue>> bulksOf(String organizationId) {
    return dynamoDb.scanPaginator(request -> request.tableName(transfersTable())).items().stream()
        .filter(item -> "BULK".equals(item.get("sk").s()))
        .filter(item -> organizationId.equals(item.get("organization_id").s()))
        .toList();
  }

  private Map<String, AttributeValue> submissionOf(String organizationId, String key) {
    return dynamoDb
        .getItem(
            request ->
                request
                    .tableName(transfersTable())
                    .key(
                        Map.of(
                            "pk",
                            AttributeValue.fromS("SUBMISSION#" + organizationId + "#" + key),
                            "sk",
                            AttributeValue.fromS("SUBMISSION")))
                    .consistentRead(true))
        .item();
  }

  private String transfersTable() {
    return runtime.stack().ofType("AWS::DynamoDB::Table").stream()
        .filter(table -> table.logicalId().startsWith("TransfersTable"))
        .findFirst()
        .orElseThrow()
        .ref();
  }
}
