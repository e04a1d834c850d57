package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.FixtureCode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.cashflow.DatasetGenerator;
import com.finflow.localstack.cashflow.DatasetSize;
import com.finflow.localstack.cashflow.SandboxFeedServer;
import com.finflow.localstack.cashflow.fold.FoldOutcome;
import com.finflow.localstack.cashflow.fold.JsonLinesDataset;
import com.finflow.localstack.fixture.CrashingIngestBatch;
import com.finflow.localstack.fixture.CrashingPullFeeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The connector end to end: a generated dataset served by the sandbox data API, a fifth of whose
 * requests fail (503s, connections dropped mid-body, bodies cut short), pulled by the scheduled
 * PullFeeds function whose workers die at random just before or after moving a cursor: once the
 * feed has caught up and ingestion drained, every answer equals the fold of the dataset fed
 * directly, so nothing was lost or counted twice. The seed is printed; {@code
 * -Dfinflow.feed.seed=N} replays a run.
 */
class CashflowFeedFlowTest {

  private static final long SEED = Long.getLong("finflow.feed.seed", 20261202L);
  private static final String CRASH_RATE = "0.15";
  private static final Duration CATCH_UP_WITHIN = Duration.ofMinutes(10);

  @Test
  void aDatasetPulledFromAFailingUpstreamByDyingWorkersAnswersAsTheFold() throws Exception {
    DatasetSize size = DatasetSize.of(System.getProperty("finflow.cashflow.size", "tiny"));
    System.out.println(
        "cashflow feed: size "
            + size.wireName()
            + ", seed "
            + SEED
            + " (replay with -Dfinflow.feed.seed="
            + SEED
            + "), 20% of upstream requests failing, worker crash rate "
            + CRASH_RATE);
    Path directory = Files.createTempDirectory("cashflow-feed-" + size.wireName());
    DatasetGenerator.generate(
        new DatasetGenerator.Options(
            size, SEED, DatasetGenerator.Options.DEFAULT_BATCH_ROWS, Optional.empty()),
        directory);
    Path crashLog = Files.createTempFile("finflow-feed-crashes", ".log");
    try (SandboxFeedServer upstream =
            SandboxFeedServer.start(
                directory, 0, new SandboxFeedServer.Faults(0.10, 0.0, 0.05, 0.05, 0, SEED));
        LocalStackRuntime runtime =
            LocalStackRuntime.start(
                RunningFinflow.realStack(RunningFinflow.TEMPLATE)
                    .withExtraCode(FixtureCode.paths())
                    .withHandlerOverride(
                        "PullFeeds", CrashingPullFeeds.class.getName() + "::handleRequest")
                    .withScheduleOverride(Duration.ofSeconds(2))
                    .withFunctionEnvironment(
                        Map.of(
                            CrashingIngestBatch.RATE,
                            CRASH_RATE,
                            CrashingIngestBatch.SEED,
                            Long.toString(SEED),
                            CrashingIngestBatch.LOG,
                            crashLog.toString(),
                            // A dead worker's lease must expire within the test.
                            "CASHFLOW_FEED_LEASE_SECONDS",
                            "4")))) {
      ApiClient api = new ApiClient(runtime.httpBaseUrl());
      Tenant admin = Tenant.signUp(api, "0.00");
      CashflowFlowTest.strictIbans(api, admin);
      long started = System.nanoTime();
      ApiClient.Reply registered =
          api.put(
              "/cashflow/feeds/sandbox",
              Optional.of(admin.accessToken()),
              "{\"base_url\": \"" + upstream.baseUrl() + "\", \"kind\": \"cdm\"}");
      assertThat(registered.status()).as(registered.body()).isEqualTo(201);

      JsonNode feed = awaitCaughtUp(api, admin);
      CashflowFlowTest.awaitIngestionSettled(runtime);
      double seconds = (System.nanoTime() - started) / 1e9;

      JsonLinesDataset dataset = new JsonLinesDataset(directory);
      FoldOutcome fold = CashflowFlowTest.fold(dataset);
      long rows = feed.get("rows_pulled").asLong();
      long crashes = Files.readAllLines(crashLog).size();
      SandboxFeedServer.Counts counts = upstream.counts();
      System.out.printf(
          "cashflow feed: %,d rows in %d pages pulled and applied in %.1f s (%,.0f rows/s);"
              + " upstream answered %,d requests: %d 503s, %d dropped, %d cut short; %d retries"
              + " recorded; %d workers died%n",
          rows,
          feed.get("pages_pulled").asLong(),
          seconds,
          rows / seconds,
          counts.requests(),
          counts.errors(),
          counts.drops(),
          counts.truncations(),
          feed.get("retries").asLong(),
          crashes);
      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(crashes).as("workers died").isPositive();
            softly
                .assertThat(counts.errors() + counts.drops() + counts.truncations())
                .as("upstream failures")
                .isPositive();
            softly
                .assertThat(CashflowFlowTest.quarantineCounts(api, admin))
                .as("quarantined rows per rule and source, seed " + SEED)
                .isEqualTo(CashflowFlowTest.plantedCounts(dataset));
            CashflowFlowTest.assertAnswersEqualTheFold(softly, api, admin, fold);
          });
    }
  }

  /** Polls the feed until both sources have reached the upstream's last page. */
  private static JsonNode awaitCaughtUp(ApiClient api, Tenant admin) throws InterruptedException {
    Instant deadline = Instant.now().plus(CATCH_UP_WITHIN);
    JsonNode feed = null;
    while (Instant.now().isBefore(deadline)) {
      ApiClient.Reply reply = api.get("/cashflow/feeds/sandbox", Optional.of(admin.accessToken()));
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      feed = reply.json();
      JsonNode sources = feed.get("sources");
      if (sources.get("SEPA").get("caught_up").asBoolean()
          && sources.get("SWIFT").get("caught_up").asBoolean()) {
        return feed;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the feed did not catch up within " + CATCH_UP_WITHIN + ": " + feed);
  }
}
