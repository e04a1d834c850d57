package com.finflow.transfers.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Caller;
import com.finflow.shared.Json;
import com.finflow.shared.aws.LocalDynamoDb;
import com.finflow.transfers.BulkCommands;
import com.finflow.transfers.BulkMode;
import com.finflow.transfers.BulkRecords;
import com.finflow.transfers.BulkStatus;
import com.finflow.transfers.CrashAfterPayment;
import com.finflow.transfers.DrainOutbox;
import com.finflow.transfers.DyingPublisher;
import com.finflow.transfers.ExecuteTransfer;
import com.finflow.transfers.FanOutBulk;
import com.finflow.transfers.GetBulk;
import com.finflow.transfers.GetBulkQuery;
import com.finflow.transfers.IdempotencyKeyReused;
import com.finflow.transfers.InsufficientFunds;
import com.finflow.transfers.LedgerBank;
import com.finflow.transfers.NoSuchBulk;
import com.finflow.transfers.ReconcileBulks;
import com.finflow.transfers.RecordingNotices;
import com.finflow.transfers.RecordingQueues;
import com.finflow.transfers.SettleBulk;
import com.finflow.transfers.SubmissionInProgress;
import com.finflow.transfers.SubmitBulk;
import com.finflow.transfers.SubmitBulkCommand;
import com.finflow.transfers.TransferOrder;
import com.finflow.webhooks.WebhookNotice;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A bulk from submission to settlement, on DynamoDB Local, with queues and bank the test controls.
 */
class BulkLifecycleTest {

  private static final Caller ADMIN = new Caller("user-1", "org-1", "admin");
  private static final long STARTING_BALANCE = 1_000_000_00L;
  private static final String CLOSED_ACCOUNT = "GB33BUKB20201555555555";

  private final String table = TransferAdapters.newTransfersTable();
  private final String accounts = LocalDynamoDb.newTable("iban");
  private final BulkRecords records =
      TransferAdapters.records(new BulkTable(LocalDynamoDb.client(), table, accounts));
  private final RecordingQueues queues = new RecordingQueues();
  private final RecordingNotices published = new RecordingNotices();
  private final DrainOutbox outbox =
      new DrainOutbox(records.outbox(), published, Clock.systemUTC(), Duration.ofSeconds(30));
  private final SubmitBulk submit =
      new SubmitBulk(
          records.acceptance(),
          records.submissions(),
          queues,
          organization -> {},
          Clock.systemUTC(),
          Duration.ofHours(24));
  private final FanOutBulk fanOut =
      new FanOutBulk(records.bulks(), records.transfers(), records.fanOut(), queues);
  private final SettleBulk settle = new SettleBulk(records.bulks(), records.settlement(), outbox);
  private final GetBulk getBulk = new GetBulk(records.bulks(), records.transfers());

  BulkLifecycleTest() {
    openAccount(BulkCommands.ORGANIZATION_IBAN, "org-1", STARTING_BALANCE);
  }

  @Test
  void reservesTheTotalAndEnqueuesTheBulkOnAcceptance() throws Exception {
    JsonNode answer =
        Json.MAPPER.readTree(submit.submit(ADMIN, BulkCommands.aBulkOf(3).build()).json());

    assertThat(answer.get("transfer_count").asInt()).isEqualTo(3);
    assertThat(answer.get("total_amount").asText()).isEqualTo("7.50");
    assertThat(account())
        .containsEntry("reserved_minor", "750")
        .containsEntry("available_minor", String.valueOf(STARTING_BALANCE - 750));
    assertThat(queues.fanOuts).containsExactly(answer.get("bulk_id").asText());
  }

  @Test
  void refusesABulkBeyondTheAvailableFundsAndWritesNothing() {
    openAccount("DE89370400440532013000", "org-1", 100);
    SubmitBulkCommand command =
        BulkCommands.aBulkOf(2)
            .from("DE89370400440532013000", "DEUTDEFFXXX")
            .counterpartyAt(0, "NL91ABNA0417164300", "ABNANL2AXXX")
            .build();

    InsufficientFunds refused =
        catchThrowableOfType(InsufficientFunds.class, () -> submit.submit(ADMIN, command));

    assertThat(refused.problemType()).isEqualTo("insufficient-funds");
    assertThat(refused.facts())
        .containsEntry("available", "1.00")
        .containsEntry("requested", "4.00");
    assertThat(LocalDynamoDb.scan(table)).isEmpty();
    assertThat(queues.fanOuts).isEmpty();
  }

  @Test
  void fiftyConcurrentIdenticalSubmissionsMakeOneBulkAndOneReservation() throws Exception {
    SubmitBulkCommand command = BulkCommands.aBulkOf(10).key("payroll-2026-11").build();
    AtomicInteger conflicts = new AtomicInteger();

    List<Optional<SubmitBulk.Answer>> answers =
        concurrently(
            50,
            () -> {
              try {
                return Optional.of(submit.submit(ADMIN, command));
              } catch (SubmissionInProgress inProgress) {
                conflicts.incrementAndGet();
                return Optional.empty();
              }
            });

    assertThat(answers.stream().flatMap(Optional::stream).filter(answer -> !answer.replayed()))
        .hasSize(1);
    assertThat(answers.stream().flatMap(Optional::stream).map(SubmitBulk.Answer::json).distinct())
        .hasSize(1);
    assertThat(answers.stream().filter(Optional::isPresent).count() + conflicts.get())
        .isEqualTo(50);
    assertThat(LocalDynamoDb.scan(table))
        .filteredOn(item -> item.get("sk").s().equals("BULK"))
        .hasSize(1);
    assertThat(account())
        .containsEntry("reserved_minor", String.valueOf(BulkCommands.totalCents(10)));
    assertThat(queues.fanOuts).hasSize(1);
  }

  @Test
  void replaysTheOriginalAnswerForTheSameKeyAndPayload() {
    SubmitBulkCommand command = BulkCommands.aBulkOf(2).build();
    SubmitBulk.Answer first = submit.submit(ADMIN, command);

    SubmitBulk.Answer again = submit.submit(ADMIN, command);

    assertThat(again.replayed()).isTrue();
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(account())
        .containsEntry("reserved_minor", String.valueOf(BulkCommands.totalCents(2)));
  }

  @Test
  void rejectsSecondSubmissionWithDifferentPayload() {
    submit.submit(ADMIN, BulkCommands.aBulkOf(2).key("payroll").build());
    SubmitBulkCommand changed = BulkCommands.aBulkOf(2).key("payroll").amountAt(0, 999_00).build();

    IdempotencyKeyReused refused =
        catchThrowableOfType(IdempotencyKeyReused.class, () -> submit.submit(ADMIN, changed));

    assertThat(refused.problemType()).isEqualTo("idempotency-key-reused");
    assertThat(account())
        .containsEntry("reserved_minor", String.valueOf(BulkCommands.totalCents(2)));
  }

  @Test
  void executesEveryTransferOnceDespiteDuplicateDeliveriesAndSettlesOnce() throws Exception {
    LedgerBank bank = new LedgerBank(Set.of(CLOSED_ACCOUNT));
    String bulkId = acceptedBulkOf(8);
    fanOut.fanOut(bulkId);
    ExecuteTransfer execute = executeTransfer(bank);

    for (TransferOrder order : List.copyOf(queues.orders)) {
      execute.execute(order, "first delivery");
      execute.execute(order, "duplicate delivery");
    }
    boolean first = settle.settle(bulkId, "settlement message");
    boolean second = settle.settle(bulkId, "duplicate settlement message");

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(bank.answers).hasSize(8);
    long failed = 2 * 100 + 50 + 6 * 100 + 50; // transfers 1 and 5 go to the closed GB account
    long executed = BulkCommands.totalCents(8) - failed;
    assertThat(account())
        .containsEntry("balance_minor", String.valueOf(STARTING_BALANCE - executed))
        .containsEntry("reserved_minor", "0")
        .containsEntry("available_minor", String.valueOf(STARTING_BALANCE - executed));
    GetBulk.View view = getBulk.get(ADMIN, new GetBulkQuery(bulkId, 0, 100));
    assertThat(view.status()).isEqualTo(BulkStatus.PARTIALLY_COMPLETED.wireName());
    assertThat(view.counts()).isEqualTo(new GetBulk.Counts(6, 2, 0, 0));
    assertThat(view.amounts().failed()).isEqualTo("9.00");
    assertThat(view.transfers().get(1).failureReason()).contains("creditor account closed");
  }

  @Test
  void aWorkerThatDiesAfterTheBankCallPaysNothingTwiceWhenTheMessageReturns() {
    LedgerBank bank = new LedgerBank(Set.of());
    String bulkId = acceptedBulkOf(3);
    fanOut.fanOut(bulkId);
    CrashAfterPayment dying = new CrashAfterPayment(bank);
    ExecuteTransfer crashing = executeTransfer(dying);
    ExecuteTransfer healthy = executeTransfer(bank);

    for (TransferOrder order : List.copyOf(queues.orders)) {
      catchThrowableOfType(
          CrashAfterPayment.WorkerDied.class, () -> crashing.execute(order, "delivery 1"));
      healthy.execute(order, "delivery 2");
    }
    healthy.requestSettlementIfFinished(bulkId);

    assertThat(dying.crashes).hasValue(3);
    assertThat(bank.calls).hasValue(6);
    assertThat(bank.executedPayments()).isEqualTo(3);
    assertThat(queues.settlements).contains(bulkId);
    assertThat(getBulk.get(ADMIN, new GetBulkQuery(bulkId, 0, 10)).counts())
        .isEqualTo(new GetBulk.Counts(3, 0, 0, 0));
  }

  @Test
  void allOrNothingCancelsWhatWasNotExecutedAfterThePermanentFailure() {
    LedgerBank bank = new LedgerBank(Set.of(CLOSED_ACCOUNT));
    String bulkId =
        bulkIdOf(
            submit.submit(ADMIN, BulkCommands.aBulkOf(4).mode(BulkMode.ALL_OR_NOTHING).build()));
    fanOut.fanOut(bulkId);
    ExecuteTransfer execute = executeTransfer(bank);

    queues.orders.forEach(order -> execute.execute(order, "delivery"));
    settle.settle(bulkId, "settlement");

    GetBulk.View view = getBulk.get(ADMIN, new GetBulkQuery(bulkId, 0, 10));
    assertThat(view.counts()).isEqualTo(new GetBulk.Counts(1, 1, 2, 0));
    assertThat(view.status()).isEqualTo(BulkStatus.PARTIALLY_COMPLETED.wireName());
    assertThat(bank.executedPayments()).isEqualTo(1);
    assertThat(account())
        .containsEntry("reserved_minor", "0")
        .containsEntry("balance_minor", String.valueOf(STARTING_BALANCE - 150));
  }

  @Test
  void aTransferPaidJustBeforeItsAllOrNothingBulkWasCancelledIsRecordedAsExecutedNotCancelled() {
    LedgerBank bank = new LedgerBank(Set.of(CLOSED_ACCOUNT));
    String bulkId =
        bulkIdOf(
            submit.submit(ADMIN, BulkCommands.aBulkOf(3).mode(BulkMode.ALL_OR_NOTHING).build()));
    fanOut.fanOut(bulkId);
    List<TransferOrder> orders = List.copyOf(queues.orders);
    ExecuteTransfer dyingAfterThePayment = executeTransfer(new CrashAfterPayment(bank));
    ExecuteTransfer healthy = executeTransfer(bank);

    catchThrowableOfType(
        CrashAfterPayment.WorkerDied.class,
        () -> dyingAfterThePayment.execute(orders.get(0), "delivery 1"));
    healthy.execute(orders.get(1), "delivery 1");
    healthy.execute(orders.get(0), "delivery 2");
    healthy.execute(orders.get(2), "delivery 1");
    settle.settle(bulkId, "settlement");

    GetBulk.View view = getBulk.get(ADMIN, new GetBulkQuery(bulkId, 0, 10));
    assertThat(view.counts()).isEqualTo(new GetBulk.Counts(1, 1, 1, 0));
    assertThat(view.transfers().get(0).status()).isEqualTo("executed");
    assertThat(bank.executedPayments()).isEqualTo(1);
    assertThat(account())
        .containsEntry("balance_minor", String.valueOf(STARTING_BALANCE - 150))
        .containsEntry("reserved_minor", "0");
  }

  @Test
  void theReconcilerEnqueuesABulkWhoseFanOutWasLostAndCompletesItsSubmission() {
    queues.makeUnreachable();
    SubmitBulkCommand command = BulkCommands.aBulkOf(2).build();
    String bulkId = bulkIdOf(submit.submit(ADMIN, command));
    assertThat(queues.fanOuts).isEmpty();

    RecordingQueues recovered = new RecordingQueues();
    ReconcileBulks.Pass pass =
        new ReconcileBulks(
                records.open(),
                records.submissions(),
                recovered,
                outbox,
                Clock.systemUTC(),
                Duration.ZERO)
            .reconcile();

    assertThat(pass.reEnqueued()).isEqualTo(1);
    assertThat(recovered.fanOuts).containsExactly(bulkId);
    assertThat(submit.submit(ADMIN, command).replayed()).isTrue();
  }

  @Test
  void noticesTheSettlementAndEachFailedTransferOnceToTheBulksWebhook() {
    LedgerBank bank = new LedgerBank(Set.of(CLOSED_ACCOUNT));
    String bulkId =
        bulkIdOf(
            submit.submit(
                ADMIN,
                BulkCommands.aBulkOf(2).webhook("https://hooks.example.com/finflow").build()));
    fanOut.fanOut(bulkId);
    ExecuteTransfer execute = executeTransfer(bank);
    queues.orders.forEach(order -> execute.execute(order, "delivery"));
    queues.orders.forEach(order -> execute.execute(order, "duplicate delivery"));

    settle.settle(bulkId, "settlement");
    settle.settle(bulkId, "duplicate settlement");

    assertThat(published.published)
        .extracting(WebhookNotice::id)
        .containsExactlyInAnyOrder("transfer.failed:" + bulkId + ":1", "bulk.settled:" + bulkId);
    assertThat(records.outbox().pendingOf(bulkId)).as("the outbox once published").isEmpty();
    WebhookNotice settled =
        published.published.stream()
            .filter(notice -> notice.id().equals("bulk.settled:" + bulkId))
            .findFirst()
            .orElseThrow();
    assertThat(settled.type()).isEqualTo("bulk.settled");
    assertThat(settled.subject()).isEqualTo("bulk/" + bulkId);
    assertThat(settled.url()).hasToString("https://hooks.example.com/finflow");
    assertThat(settled.data()).containsEntry("status", "partially_completed");
  }

  @Test
  void aSettledNoticeLeftBehindByACrashIsPublishedOnceByTheReconciler() {
    String bulkId =
        bulkIdOf(
            submit.submit(
                ADMIN,
                BulkCommands.aBulkOf(1).webhook("https://hooks.example.com/finflow").build()));
    fanOut.fanOut(bulkId);
    ExecuteTransfer execute = executeTransfer(new LedgerBank(Set.of()));
    queues.orders.forEach(order -> execute.execute(order, "delivery"));
    // The dying worker's lease is over at once, so the reconciler need not wait for it.
    SettleBulk dying =
        new SettleBulk(
            records.bulks(),
            records.settlement(),
            new DrainOutbox(
                records.outbox(),
                new DyingPublisher(published, DyingPublisher.When.BEFORE_PUBLISHING),
                Clock.systemUTC(),
                Duration.ZERO));
    ReconcileBulks reconcile =
        new ReconcileBulks(
            records.open(),
            records.submissions(),
            new RecordingQueues(),
            outbox,
            Clock.systemUTC(),
            Duration.ofHours(1));

    catchThrowableOfType(DyingPublisher.WorkerDied.class, () -> dying.settle(bulkId, "settlement"));
    List<Integer> leftBehind =
        List.of(records.outbox().pendingOf(bulkId).size(), published.published.size());
    ReconcileBulks.Pass first = reconcile.reconcile();
    ReconcileBulks.Pass second = reconcile.reconcile();

    assertThat(leftBehind).containsExactly(1, 0);
    assertThat(first.noticesPublished()).isEqualTo(1);
    assertThat(second.noticesPublished()).isZero();
    assertThat(published.published)
        .extracting(WebhookNotice::id)
        .containsExactly("bulk.settled:" + bulkId);
    assertThat(records.outbox().pendingOf(bulkId)).isEmpty();
  }

  @Test
  void anotherOrganizationCannotSeeTheBulk() {
    String bulkId = acceptedBulkOf(1);

    NoSuchBulk hidden =
        catchThrowableOfType(
            NoSuchBulk.class,
            () ->
                getBulk.get(
                    new Caller("user-9", "org-9", "admin"), new GetBulkQuery(bulkId, 0, 10)));

    assertThat(hidden).isNotNull();
  }

  private ExecuteTransfer executeTransfer(com.finflow.transfers.Bank bank) {
    return new ExecuteTransfer(
        records.bulks(), records.ledger(), bank, queues, outbox, Clock.systemUTC());
  }

  private String acceptedBulkOf(int count) {
    return bulkIdOf(submit.submit(ADMIN, BulkCommands.aBulkOf(count).build()));
  }

  private static String bulkIdOf(SubmitBulk.Answer answer) {
    try {
      return Json.MAPPER.readTree(answer.json()).get("bulk_id").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, String> account() {
    Map<String, AttributeValue> item =
        LocalDynamoDb.client()
            .getItem(
                request ->
                    request
                        .tableName(accounts)
                        .key(Map.of("iban", AttributeValue.fromS(BulkCommands.ORGANIZATION_IBAN)))
                        .consistentRead(true))
            .item();
    Map<String, String> values = new java.util.HashMap<>();
    item.forEach((name, value) -> values.put(name, value.n() != null ? value.n() : value.s()));
    return values;
  }

  private void openAccount(String iban, String organization, long balance) {
    LocalDynamoDb.client()
        .putItem(
            request ->
                request
                    .tableName(accounts)
                    .item(
                        Map.of(
                            "iban",
                            AttributeValue.fromS(iban),
                            "organization_id",
                            AttributeValue.fromS(organization),
                            "currency",
                            AttributeValue.fromS("EUR"),
                            "bic",
                            AttributeValue.fromS("QNTOFRP1XXX"),
                            "balance_minor",
                            AttributeValue.fromN(Long.toString(balance)),
                            "reserved_minor",
                            AttributeValue.fromN("0"),
                            "available_minor",
                            AttributeValue.fromN(Long.toString(balance)),
                            "created_at",
                            AttributeValue.fromS("2026-11-23T00:00:00Z"))));
  }

  private static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        futures.add(pool.submit(call));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    }
  }
}
