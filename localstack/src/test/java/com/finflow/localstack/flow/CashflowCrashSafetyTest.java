package com.finflow.localstack.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.finflow.localstack.FixtureCode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import com.finflow.localstack.cashflow.DatasetGenerator;
import com.finflow.localstack.cashflow.DatasetSize;
import com.finflow.localstack.cashflow.fold.FoldOutcome;
import com.finflow.localstack.cashflow.fold.JsonLinesDataset;
import com.finflow.localstack.fixture.CrashingIngestBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Ingestion workers die just before or after any write of a batch (at a seeded rate, at most three
 * times per batch so that none reaches the dead-letter queue) while a generated dataset is fed in a
 * shuffled order; the stack is left to finish. The answers equal the independent fold, and the
 * dead-letter queue holds the two deliberately unreadable messages and nothing else.
 *
 * <p>Replay with {@code -Dfinflow.crash.seed=<the printed seed>}.
 */
class CashflowCrashSafetyTest {

  private static final long SEED = Long.getLong("finflow.crash.seed", 20261201L);
  private static final String CRASH_RATE = "0.05";

  @Test
  void workersDyingBetweenAnyTwoWritesLeaveTheFoldsAnswersAndOnlyUnreadableMessagesDead()
      throws Exception {
    DatasetSize size = DatasetSize.of(System.getProperty("finflow.cashflow.size", "tiny"));
    System.out.println(
        "cashflow crash safety: size "
            + size.wireName()
            + ", seed "
            + SEED
            + " (replay with -Dfinflow.crash.seed="
            + SEED
            + "), crash rate "
            + CRASH_RATE
            + " per write boundary");
    Path crashLog = Files.createTempFile("finflow-cashflow-crashes", ".log");
    Path directory = Files.createTempDirectory("cashflow-crashes-" + size.wireName());
    DatasetGenerator.generate(
        new DatasetGenerator.Options(
            size, SEED, DatasetGenerator.Options.DEFAULT_BATCH_ROWS, Optional.empty()),
        directory);
    try (LocalStackRuntime runtime =
        LocalStackRuntime.start(
            RunningFinflow.realStack(RunningFinflow.TEMPLATE)
                .withExtraCode(FixtureCode.paths())
                .withHandlerOverride(
                    "IngestBatch", CrashingIngestBatch.class.getName() + "::handleRequest")
                .withFunctionEnvironment(
                    Map.of(
                        CrashingIngestBatch.RATE,
                        CRASH_RATE,
                        CrashingIngestBatch.SEED,
                        Long.toString(SEED),
                        CrashingIngestBatch.LOG,
                        crashLog.toString(),
                        CrashingIngestBatch.MAX_PER_BATCH,
                        "3")))) {
      ApiClient api = new ApiClient(runtime.httpBaseUrl());
      Tenant admin = Tenant.signUp(api, "0.00");
      CashflowFlowTest.strictIbans(api, admin);
      SqsClient sqs = TestClients.sqs(runtime.awsEndpoint());
      String ingestion = CashflowFlowTest.ingestionQueueUrl(runtime);
      String organization = organizationOf(admin);
      List<String> unreadable =
          List.of(
              "not a batch at all",
              "{\"source\":\"SEPA\",\"batch_id\":\"no-organization\",\"transactions\":[]}");
      sqs.sendMessage(
          request ->
              request
                  .queueUrl(ingestion)
                  .messageBody(unreadable.get(0))
                  .messageAttributes(
                      Map.of(
                          "organization_id",
                          MessageAttributeValue.builder()
                              .dataType("String")
                              .stringValue(organization)
                              .build())));
      sqs.sendMessage(request -> request.queueUrl(ingestion).messageBody(unreadable.get(1)));

      long started = System.nanoTime();
      CashflowFlowTest.feed(runtime, admin, directory, Optional.of(SEED), false, 0.0);
      CashflowFlowTest.awaitIngestionSettled(runtime);
      double seconds = (System.nanoTime() - started) / 1e9;

      long crashes = Files.readAllLines(crashLog).size();
      System.out.printf(
          "cashflow crash safety: %d workers died; settled in %.1f s%n", crashes, seconds);
      JsonLinesDataset dataset = new JsonLinesDataset(directory);
      FoldOutcome fold = CashflowFlowTest.fold(dataset);
      List<String> dead = drain(sqs, CashflowFlowTest.deadLetterQueueUrl(runtime));
      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(crashes).as("workers died").isPositive();
            softly
                .assertThat(CashflowFlowTest.quarantineCounts(api, admin))
                .as("quarantined rows per rule and source, seed " + SEED)
                .isEqualTo(CashflowFlowTest.plantedCounts(dataset));
            CashflowFlowTest.assertAnswersEqualTheFold(softly, api, admin, fold);
            softly
                .assertThat(dead)
                .as("the dead-letter queue")
                .containsExactlyInAnyOrderElementsOf(unreadable);
          });
    }
  }

  /** The {@code org} claim of the access token, as the feeder reads it. */
  private static String organizationOf(Tenant admin) throws java.io.IOException {
    String payload = admin.accessToken().split("\\.")[1];
    return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(payload)).get("org").asText();
  }

  private static List<String> drain(SqsClient sqs, String url) {
    List<String> bodies = new ArrayList<>();
    int empty = 0;
    while (empty < 2) {
      List<Message> messages =
          sqs.receiveMessage(
                  request -> request.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
              .messages();
      empty = messages.isEmpty() ? empty + 1 : 0;
      for (Message message : messages) {
        bodies.add(message.body());
        sqs.deleteMessage(request -> request.queueUrl(url).receiptHandle(message.receiptHandle()));
      }
    }
    return bodies;
  }
}
