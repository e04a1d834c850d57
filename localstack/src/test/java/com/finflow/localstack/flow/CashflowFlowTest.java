package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import com.finflow.localstack.cashflow.DatasetFeed;
import com.finflow.localstack.cashflow.DatasetGenerator;
import com.finflow.localstack.cashflow.DatasetSize;
import com.finflow.localstack.cashflow.fold.BalanceRow;
import com.finflow.localstack.cashflow.fold.CashflowFold;
import com.finflow.localstack.cashflow.fold.CompanySummary;
import com.finflow.localstack.cashflow.fold.FeedBatch;
import com.finflow.localstack.cashflow.fold.FoldOutcome;
import com.finflow.localstack.cashflow.fold.InternalTransfers;
import com.finflow.localstack.cashflow.fold.Interval;
import com.finflow.localstack.cashflow.fold.JsonLinesDataset;
import com.finflow.localstack.cashflow.fold.QuarantineRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A generated dataset fed through the local stack as automation feeds it (companies and rates over
 * HTTP, batches on the ingestion queue) answers exactly what an independent in-memory fold of the
 * issue's rules answers. The build feeds the {@code tiny} size; {@code
 * -Dfinflow.cashflow.size=small} feeds the issue's {@code small} (about ten times longer), and
 * {@code -Dfinflow.cashflow.seed=N} repeats a run.
 */
@ExtendWith(RunningFinflow.class)
class CashflowFlowTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
  private static final Duration SETTLE_WITHIN = Duration.ofMinutes(10);
  private static final long DEFAULT_SEED = 1010;
  private static final double DUPLICATE_SHARE = 0.1;

  @Test
  void aGeneratedDatasetFedThroughTheQueueAnswersWhatTheFoldAnswers(LocalStackRuntime runtime)
      throws IOException {
    long seed = Long.getLong("finflow.cashflow.seed", DEFAULT_SEED);
    DatasetSize size = DatasetSize.of(System.getProperty("finflow.cashflow.size", "tiny"));
    System.out.println("cashflow known answer: size " + size.wireName() + ", seed " + seed);
    Path directory = Files.createTempDirectory("cashflow-" + size.wireName());
    DatasetGenerator.generate(
        new DatasetGenerator.Options(
            size, seed, DatasetGenerator.Options.DEFAULT_BATCH_ROWS, Optional.empty()),
        directory);
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    Tenant admin = Tenant.signUp(api, "0.00");
    strictIbans(api, admin);

    long started = System.nanoTime();
    DatasetFeed.Summary fed = feed(runtime, admin, directory, Optional.empty(), false, 0.0);
    awaitIngestionSettled(runtime);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "cashflow known answer: %s; applied in %.1f s: %,.0f rows/s%n",
        fed.line(), seconds, fed.rows() / seconds);

    JsonLinesDataset dataset = new JsonLinesDataset(directory);
    FoldOutcome fold = fold(dataset);
    SoftAssertions.assertSoftly(
        softly -> {
          softly
              .assertThat(quarantineCounts(api, admin))
              .as("quarantined rows per rule and source, seed " + seed)
              .isEqualTo(plantedCounts(dataset));
          softly
              .assertThat(fold.quarantineCounts())
              .as("the fold's quarantine against the generator's, seed " + seed)
              .isEqualTo(dataset.plantedCounts());
          assertAnswersEqualTheFold(softly, api, admin, fold);
        });
  }

  @Test
  void twoShuffledFeedsWithEveryBatchTwiceAndDuplicatesAnswerAlikeAndAsTheFold(
      LocalStackRuntime runtime) throws IOException {
    long seed = Long.getLong("finflow.cashflow.seed", DEFAULT_SEED);
    DatasetSize size = DatasetSize.of(System.getProperty("finflow.cashflow.size", "tiny"));
    Random orders = new Random(seed);
    long firstOrder = orders.nextLong();
    long secondOrder = orders.nextLong();
    System.out.println(
        "cashflow order independence: size "
            + size.wireName()
            + ", seed "
            + seed
            + ", shuffle seeds "
            + firstOrder
            + " and "
            + secondOrder);
    Path directory = Files.createTempDirectory("cashflow-orders-" + size.wireName());
    DatasetGenerator.generate(
        new DatasetGenerator.Options(
            size, seed, DatasetGenerator.Options.DEFAULT_BATCH_ROWS, Optional.empty()),
        directory);
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    Tenant first = Tenant.signUp(api, "0.00");
    Tenant second = Tenant.signUp(api, "0.00");
    strictIbans(api, first);
    strictIbans(api, second);

    feed(runtime, first, directory, Optional.of(firstOrder), true, DUPLICATE_SHARE);
    feed(runtime, second, directory, Optional.of(secondOrder), true, DUPLICATE_SHARE);
    awaitIngestionSettled(runtime);

    JsonLinesDataset dataset = new JsonLinesDataset(directory);
    FoldOutcome fold = fold(dataset);
    SoftAssertions.assertSoftly(
        softly -> {
          softly
              .assertThat(answers(api, first, fold))
              .as("the answers of two orders, seed " + seed)
              .isEqualTo(answers(api, second, fold));
          for (Tenant tenant : List.of(first, second)) {
            softly
                .assertThat(quarantineCounts(api, tenant))
                .as("quarantined rows per rule and source, seed " + seed)
                .isEqualTo(plantedCounts(dataset));
            assertAnswersEqualTheFold(softly, api, tenant, fold);
          }
        });
  }

  /** Every company's summary and daily balances over the dataset's period, as answered. */
  static Map<String, JsonNode> answers(ApiClient api, Tenant admin, FoldOutcome fold) {
    Map<String, JsonNode> answers = new TreeMap<>();
    for (String companyId : fold.companyIds()) {
      answers.put(
          companyId + " summary",
          api.get("/cashflow/companies/" + companyId + "/summary", Optional.of(admin.accessToken()))
              .json());
      answers.put(
          companyId + " balances",
          api.get(
                  "/cashflow/companies/"
                      + companyId
                      + "/balances?from="
                      + FIRST_DAY
                      + "&to="
                      + LAST_DAY
                      + "&interval=day",
                  Optional.of(admin.accessToken()))
              .json());
    }
    return answers;
  }

  /** The generator plants checksum failures: they count as such only in strict mode. */
  static void strictIbans(ApiClient api, Tenant admin) {
    ApiClient.Reply settings =
        api.put("/cashflow/settings", Optional.of(admin.accessToken()), "{\"strict_ibans\": true}");
    assertThat(settings.status()).as(settings.body()).isEqualTo(200);
  }

  static DatasetFeed.Summary feed(
      LocalStackRuntime runtime,
      Tenant admin,
      Path directory,
      Optional<Long> shuffleSeed,
      boolean twice,
      double duplicateShare) {
    return DatasetFeed.run(
        new DatasetFeed.Options(
            directory,
            runtime.httpBaseUrl(),
            admin.accessToken(),
            ingestionQueueUrl(runtime),
            Optional.of(runtime.awsEndpoint()),
            Optional.empty(),
            8,
            shuffleSeed,
            twice,
            duplicateShare),
        System.out);
  }

  static FoldOutcome fold(JsonLinesDataset dataset) {
    CashflowFold fold =
        new CashflowFold(
            dataset.companies(), true, dataset.rates(), InternalTransfers.NOT_COMPANY_FLOWS);
    for (FeedBatch batch : dataset.batches()) {
      fold.deliver(batch);
    }
    return fold.fold();
  }

  static void assertAnswersEqualTheFold(
      SoftAssertions softly, ApiClient api, Tenant admin, FoldOutcome fold) {
    for (String companyId : fold.companyIds()) {
      ApiClient.Reply summary =
          api.get(
              "/cashflow/companies/" + companyId + "/summary", Optional.of(admin.accessToken()));
      assertThat(summary.status()).as(summary.body()).isEqualTo(200);
      CompanySummary expected = fold.summary(companyId);
      ObjectNode actual = ((ObjectNode) summary.json()).deepCopy();
      JsonNode latest = actual.remove("latest_transaction_at");
      softly.assertThat(actual).as("summary of " + companyId).isEqualTo(expected.toJson());
      softly
          .assertThat(latestInstant(latest))
          .as("latest_transaction_at of " + companyId)
          .isEqualTo(expected.latestTransactionAt());

      ApiClient.Reply balances =
          api.get(
              "/cashflow/companies/"
                  + companyId
                  + "/balances?from="
                  + FIRST_DAY
                  + "&to="
                  + LAST_DAY
                  + "&interval=day",
              Optional.of(admin.accessToken()));
      assertThat(balances.status()).as(balances.body()).isEqualTo(200);
      ArrayNode expectedRows = JSON.createArrayNode();
      for (BalanceRow row :
          fold.balances(companyId, FIRST_DAY, LAST_DAY, Interval.DAY, Optional.empty())) {
        expectedRows.add(row.toJson());
      }
      softly
          .assertThat(balances.json().get("rows"))
          .as("daily balances of " + companyId)
          .isEqualTo(expectedRows);
    }
  }

  /** The answer's {@code latest_transaction_at}, absent or null when nothing counted yet. */
  private static Optional<Instant> latestInstant(JsonNode latest) {
    return latest == null || latest.isNull()
        ? Optional.empty()
        : Optional.of(OffsetDateTime.parse(latest.asText()).toInstant());
  }

  static Map<String, Long> quarantineCounts(ApiClient api, Tenant admin) {
    ApiClient.Reply summary =
        api.get("/cashflow/quarantine/summary", Optional.of(admin.accessToken()));
    assertThat(summary.status()).as(summary.body()).isEqualTo(200);
    Map<String, Long> counts = new TreeMap<>();
    for (JsonNode rule : summary.json().get("rules")) {
      if (rule.get("count").asLong() > 0) {
        counts.put(
            rule.get("rule").asText() + " " + rule.get("source").asText(),
            rule.get("count").asLong());
      }
    }
    return counts;
  }

  static Map<String, Long> plantedCounts(JsonLinesDataset dataset) {
    Map<String, Long> counts = new TreeMap<>();
    for (Map.Entry<QuarantineRule, Map<String, Long>> rule : dataset.plantedCounts().entrySet()) {
      rule.getValue()
          .forEach(
              (source, count) -> {
                if (count > 0) {
                  counts.put(rule.getKey().name() + " " + source, count);
                }
              });
    }
    return counts;
  }

  /** Waits until both cashflow queues are empty, nothing in flight. */
  static void awaitIngestionSettled(LocalStackRuntime runtime) {
    SqsClient sqs = TestClients.sqs(runtime.awsEndpoint());
    Instant deadline = Instant.now().plus(SETTLE_WITHIN);
    int quietPolls = 0;
    while (Instant.now().isBefore(deadline)) {
      boolean empty =
          queueUrls(runtime, "CashflowIngestionQueue").allMatch(url -> isEmpty(sqs, url))
              && queueUrls(runtime, "CashflowReleaseQueue").allMatch(url -> isEmpty(sqs, url));
      quietPolls = empty ? quietPolls + 1 : 0;
      if (quietPolls == 3) {
        return;
      }
      pause();
    }
    throw new AssertionError("the cashflow queues did not drain within " + SETTLE_WITHIN);
  }

  static String ingestionQueueUrl(LocalStackRuntime runtime) {
    return queueUrls(runtime, "CashflowIngestionQueue").findFirst().orElseThrow();
  }

  static String deadLetterQueueUrl(LocalStackRuntime runtime) {
    return runtime.stack().ofType("AWS::SQS::Queue").stream()
        .filter(
            queue ->
                queue.logicalId().startsWith("CashflowIngestionQueue")
                    && queue.logicalId().contains("DeadLetter"))
        .map(queue -> queue.ref())
        .findFirst()
        .orElseThrow();
  }

  private static java.util.stream.Stream<String> queueUrls(
      LocalStackRuntime runtime, String construct) {
    return runtime.stack().ofType("AWS::SQS::Queue").stream()
        .filter(
            queue ->
                queue.logicalId().startsWith(construct)
                    && !queue.logicalId().contains("DeadLetter"))
        .map(queue -> queue.ref());
  }

  private static boolean isEmpty(SqsClient sqs, String url) {
    Map<QueueAttributeName, String> attributes =
        sqs.getQueueAttributes(
                request ->
                    request
                        .queueUrl(url)
                        .attributeNames(
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
            .attributes();
    return attributes.values().stream().allMatch("0"::equals);
  }

  private static void pause() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
