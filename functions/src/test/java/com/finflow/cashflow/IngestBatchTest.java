package com.finflow.cashflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IngestBatchTest {

  private static final int COMPANIES = 20;
  private static final String ORGANIZATION = CashflowPorts.ADMIN.organizationId();

  private InMemoryCashflow store = new InMemoryCashflow();
  private CashflowPorts ports = CashflowPorts.of(store);

  private void fresh() {
    store = new InMemoryCashflow();
    ports = CashflowPorts.of(store);
    Feeds.registerCompanies(ports, COMPANIES);
  }

  private String cleanRun(List<Batch> batches) {
    fresh();
    batches.forEach(batch -> ports.ingestBatch().ingest(ORGANIZATION, batch));
    return Feeds.answers(ports, COMPANIES);
  }

  /** Ingests the batches with a crash before commit {@code crashAt}; true if it came. */
  private boolean ingestCrashingBefore(int crashAt, List<Batch> batches) {
    store.crashAfter(crashAt);
    boolean crashed = false;
    for (Batch batch : batches) {
      try {
        ports.ingestBatch().ingest(ORGANIZATION, batch);
      } catch (IllegalStateException crash) {
        crashed = true;
        store.noMoreCrashes();
        // The queue delivers the message again.
        ports.ingestBatch().ingest(ORGANIZATION, batch);
      }
    }
    return crashed;
  }

  @Test
  void aWorkerCrashingBeforeAnyCommitLeavesTheSameAnswersOnceRedelivered() {
    List<Batch> batches = Feeds.batches(Source.SWIFT, "b", Feeds.rows(600, COMPANIES, 7), 200);
    String expected = cleanRun(batches);
    int commits = 0;
    for (int crashAt = 0; ; crashAt++) {
      fresh();
      boolean crashed = ingestCrashingBefore(crashAt, batches);
      assertThat(Feeds.answers(ports, COMPANIES))
          .as("crash before commit %d", crashAt)
          .isEqualTo(expected);
      if (!crashed) {
        commits = crashAt;
        break;
      }
    }
    assertThat(commits).as("commits of a run, each crashed before once").isGreaterThanOrEqualTo(20);
  }

  @Test
  void aWorkerOutOfTimeStopsBetweenStepsAndTheNextDeliveryGoesOnFromThere() {
    List<Batch> batches = Feeds.batches(Source.SWIFT, "t", Feeds.rows(900, COMPANIES, 9), 450);
    String expected = cleanRun(batches);
    fresh();
    int deliveries = 0;
    for (Batch batch : batches) {
      IngestBatch.Outcome outcome = null;
      while (outcome == null) {
        deliveries++;
        // Each delivery has time for three steps.
        AtomicInteger steps = new AtomicInteger();
        try {
          outcome =
              ports.ingestBatch().ingest(ORGANIZATION, batch, () -> steps.getAndIncrement() < 3);
        } catch (OutOfWorkingTime stopped) {
          assertThat(steps.get()).isEqualTo(4);
        }
      }
      assertThat(outcome).isEqualTo(IngestBatch.Outcome.APPLIED);
    }

    assertThat(Feeds.answers(ports, COMPANIES)).isEqualTo(expected);
    assertThat(deliveries).as("two deliveries or more for each batch").isGreaterThanOrEqualTo(4);
  }

  @Test
  void batchesInAnotherOrderSplitOtherwiseAndDeliveredTwiceGiveTheSameAnswers() {
    List<FeedRow> rows = Feeds.rows(800, COMPANIES, 11);
    String expected = cleanRun(Feeds.batches(Source.SWIFT, "x", rows, 100));

    List<FeedRow> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(3));
    List<Batch> batches = new ArrayList<>(Feeds.batches(Source.SWIFT, "y", shuffled, 70));
    batches.addAll(List.copyOf(batches));
    Collections.shuffle(batches, new Random(4));
    fresh();
    batches.forEach(batch -> ports.ingestBatch().ingest(ORGANIZATION, batch));

    assertThat(Feeds.answers(ports, COMPANIES)).isEqualTo(expected);
  }

  @Test
  void twoDeliveriesOfTheSameBatchAtOnceApplyItOnce() throws Exception {
    List<Batch> batches = Feeds.batches(Source.SEPA, "c", Feeds.rows(1000, COMPANIES, 5), 500);
    String expected = cleanRun(batches);
    fresh();
    try (ExecutorService workers = Executors.newFixedThreadPool(4)) {
      List<Future<IngestBatch.Outcome>> outcomes = new ArrayList<>();
      for (Batch batch : batches) {
        for (int copy = 0; copy < 2; copy++) {
          outcomes.add(workers.submit(() -> ports.ingestBatch().ingest(ORGANIZATION, batch)));
        }
      }
      for (Future<IngestBatch.Outcome> outcome : outcomes) {
        outcome.get();
      }
    }
    assertThat(Feeds.answers(ports, COMPANIES)).isEqualTo(expected);
  }

  @Test
  void monthsThatOutgrowTheirItemsGoOnInDayItemsWithTheSameAnswersThroughCrashes() {
    List<FeedRow> rows = Feeds.rows(2000, COMPANIES, 13);
    List<Batch> batches = Feeds.batches(Source.SWIFT, "s", rows, 400);
    String expected = cleanRun(batches);
    for (int crashAt = 0; ; crashAt += 11) {
      fresh();
      // A few instants fill a month's item here, as about 8,800 fill one on DynamoDB.
      store.monthAndDayItemsAtMost(300);
      boolean crashed = ingestCrashingBefore(crashAt, batches);
      assertThat(Feeds.answers(ports, COMPANIES))
          .as("crash before commit %d", crashAt)
          .isEqualTo(expected);
      assertThat(store.dayAggregates()).as("day items written").isGreaterThan(100);
      if (!crashed) {
        break;
      }
    }
  }

  @Test
  void aWorkerLearnsOnceThatAMonthIsFullRatherThanInEveryBatch() {
    // Shuffled, so that every batch meets most months.
    List<FeedRow> rows = new ArrayList<>(Feeds.rows(2000, COMPANIES, 13));
    Collections.shuffle(rows, new Random(20261203));
    List<Batch> batches = Feeds.batches(Source.SWIFT, "l", rows, 400);
    String expected = cleanRun(batches);
    fresh();
    store.monthAndDayItemsAtMost(300);
    List<AggregateKey> refused = new ArrayList<>();
    IngestBatch worker =
        new IngestBatch(
            new ForwardingLedger(store) {
              @Override
              public boolean commitTotals(String organizationId, TotalsStep step) {
                try {
                  return super.commitTotals(organizationId, step);
                } catch (AggregateFull full) {
                  refused.add(full.key());
                  throw full;
                }
              }
            },
            store.companies,
            store.rates,
            store.settings,
            store.queues);

    batches.forEach(batch -> worker.ingest(ORGANIZATION, batch));

    assertThat(Feeds.answers(ports, COMPANIES)).isEqualTo(expected);
    assertThat(refused).isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void aDayThatOutgrowsItsItemStopsTheBatchRatherThanDropItsRows() {
    fresh();
    store.monthAndDayItemsAtMost(120);
    List<Batch> batches = Feeds.batches(Source.SWIFT, "d", Feeds.rows(2000, COMPANIES, 13), 400);

    assertThatThrownBy(
            () -> batches.forEach(batch -> ports.ingestBatch().ingest(ORGANIZATION, batch)))
        .isInstanceOf(AggregateFull.class)
        .extracting(failure -> ((AggregateFull) failure).key())
        .isInstanceOf(AggregateKey.Day.class);
  }

  @Test
  void aChronologicalFeedWritesAtMostTwoAndAHalfItemsPerRow() {
    int companies = 1000;
    store = new InMemoryCashflow();
    ports = CashflowPorts.of(store);
    Feeds.registerCompanies(ports, companies);
    List<FeedRow> rows = Feeds.rows(50_000, companies, 1);
    int before = store.itemsWritten.get();

    Feeds.batches(Source.SWIFT, "big", rows, Batch.MAX_ROWS)
        .forEach(batch -> ports.ingestBatch().ingest(ORGANIZATION, batch));

    double perRow = (store.itemsWritten.get() - before) / (double) rows.size();
    System.out.printf(
        "items written per row, chronological feed of %d rows: %.2f%n", rows.size(), perRow);
    assertThat(perRow).isLessThanOrEqualTo(2.5);
  }

  @Test
  void aStepNeverWritesMoreThanATransactionHolds() {
    fresh();
    List<FeedRow> dirty = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      dirty.add(
          new FeedRow(
              "same",
              Feeds.ibanOf(1, 0),
              Feeds.ibanOf(2, 0),
              "1.00",
              "JPY",
              "2024-01-01T00:00:00Z"));
    }
    BatchLedger counting =
        new ForwardingLedger(store) {
          @Override
          public boolean commitRows(String organizationId, RowStep step) {
            assertThat(step.items()).isLessThanOrEqualTo(BatchLedger.MAX_STEP_ITEMS);
            return super.commitRows(organizationId, step);
          }

          @Override
          public boolean commitTotals(String organizationId, TotalsStep step) {
            assertThat(step.updates().size() + 1).isLessThanOrEqualTo(BatchLedger.MAX_STEP_ITEMS);
            return super.commitTotals(organizationId, step);
          }
        };
    new IngestBatch(counting, store.companies, store.rates, store.settings, store.queues)
        .ingest(ORGANIZATION, new Batch(Source.SWIFT, "dirty", dirty));

    assertThat(ports.quarantineSummary().rules())
        .containsExactly(new QuarantineSummary.RuleCount("BATCH_PAYMENT", "SWIFT", 300));
  }

  @Test
  void onlyAdminsSubmitBatchesAndASubmittedBatchIsQueuedOnce() {
    fresh();
    SubmitBatch submit = new SubmitBatch(store, store.queues);
    Batch batch = Feeds.batches(Source.SEPA, "h", Feeds.rows(3, COMPANIES, 2), 3).get(0);

    assertThatThrownBy(() -> submit.submit(CashflowPorts.MEMBER, batch))
        .isInstanceOf(com.finflow.shared.failure.Forbidden.class);
    SubmitBatch.Accepted accepted = submit.submit(CashflowPorts.ADMIN, batch);
    assertThatThrownBy(
            () ->
                submit.submit(
                    CashflowPorts.ADMIN,
                    new Batch(Source.SEPA, batch.batchId(), batch.rows().subList(0, 1))))
        .isInstanceOf(BatchIdReused.class);

    assertThat(accepted.status()).isEqualTo("queued");
    assertThat(store.queues.queued).containsExactly(batch);
    ports.ingestBatch().ingest(ORGANIZATION, store.queues.queued.get(0));
    assertThat(submit.submit(CashflowPorts.ADMIN, batch).status()).isEqualTo("applied");
  }
}
