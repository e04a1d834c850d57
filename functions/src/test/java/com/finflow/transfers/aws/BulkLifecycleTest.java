package com.finflow.transfers.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.Json;
import com.finflow.shared.aws.LocalDynamoDb;
import com.finflow.shared.Caller;
import com.finflow.shared.http.Rejection;
import com.finflow.shared.money.Money;
import com.finflow.transfers.BulkBodies;
import com.finflow.transfers.BulkReport;
import com.finflow.transfers.BulkStatus;
import com.finflow.transfers.BulkValidation;
import com.finflow.transfers.ExecuteTransfer;
import com.finflow.transfers.FanOutBulk;
import com.finflow.transfers.LedgerBank;
import com.finflow.transfers.ReconcileBulks;
import com.finflow.transfers.RecordingQueues;
import com.finflow.transfers.SettleBulk;
import com.finflow.transfers.SubmitBulk;
import com.finflow.transfers.TransferLimits;
import com.finflow.transfers.TransferOrder;
import com.finflow.transfers.webhooks.WebhookNotices;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import com.finflow.webhooks.PublicDns;
import com.finflow.webhooks.WebhookNotice;
import java.util.Currency;
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

/** A bulk from submission to settlement, on DynamoDB Local, with queues and bank the test controls. */
class BulkLifecycleTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Caller ADMIN = new Caller("user-1", "org-1", "admin");
  private static final long STARTING_BALANCE = 1_000_000_00L;

  private final String table = transfersTable();
  private final String accounts = LocalDynamoDb.newTable("iban");
  private final DynamoBulkStore store = new DynamoBulkStore(LocalDynamoDb.client(), table, accounts);
  private final RecordingQueues queues = new RecordingQueues();
  // Published once per notice id, as the webhooks feature promises.
  private final Map<String, WebhookNotice> published = new java.util.concurrent.ConcurrentHashMap<>();
  private final WebhookNotices notices = new WebhookNotices(notice -> published.putIfAbsent(notice.id(), notice));
  private final SubmitBulk submit = new SubmitBulk(
      new BulkValidation(new TransferLimits(1000, new Money(1_000_000_00L, EUR)), PublicDns.ADDRESSES), store, queues, Clock.systemUTC(),
      Duration.ofHours(24));

  BulkLifecycleTest() {
    openAccount(BulkBodies.ORGANIZATION_IBAN, "org-1", STARTING_BALANCE);
  }

  @Test
  void reservesTheTotalAndEnqueuesTheBulkOnAcceptance() throws Exception {
    JsonNode answer = Json.MAPPER.readTree(submit.submit(ADMIN, BulkBodies.aBulkOf(3), Optional.empty()).json());

    assertThat(answer.get("transfer_count").asInt()).isEqualTo(3);
    assertThat(answer.get("total_amount").asText()).isEqualTo("7.50");
    assertThat(account()).containsEntry("reserved_minor", "750").containsEntry("available_minor", String.valueOf(STARTING_BALANCE - 750));
    assertThat(queues.fanOuts).containsExactly(answer.get("bulk_id").asText());
  }

  @Test
  void refusesABulkBeyondTheAvailableFundsAndWritesNothing() {
    openAccount("DE89370400440532013000", "org-1", 100);
    ObjectNode body = BulkBodies.aBulkOf(2);
    body.put("organization_iban", "DE89370400440532013000").put("organization_bic", "DEUTDEFFXXX");
    ((ObjectNode) body.get("credit_transfers").get(0)).put("counterparty_iban", "NL91ABNA0417164300").put("counterparty_bic", "ABNANL2AXXX");

    Rejection refused = catchThrowableOfType(Rejection.class, () -> submit.submit(ADMIN, body, Optional.empty()));

    assertThat(refused.problemType()).isEqualTo("insufficient-funds");
    assertThat(refused.facts()).containsEntry("available", "1.00").containsEntry("requested", "4.00");
    assertThat(LocalDynamoDb.scan(table)).isEmpty();
    assertThat(queues.fanOuts).isEmpty();
  }

  @Test
  void fiftyConcurrentIdenticalSubmissionsMakeOneBulkAndOneReservation() throws Exception {
    ObjectNode body = BulkBodies.aBulkOf(10);
    AtomicInteger conflicts = new AtomicInteger();

    List<Optional<SubmitBulk.Answer>> answers = concurrently(50, () -> {
      try {
        return Optional.of(submit.submit(ADMIN, body, Optional.of("payroll-2026-11")));
      } catch (Rejection rejection) {
        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        conflicts.incrementAndGet();
        return Optional.empty();
      }
    });

    assertThat(answers.stream().flatMap(Optional::stream).filter(answer -> !answer.replayed())).hasSize(1);
    assertThat(answers.stream().flatMap(Optional::stream).map(SubmitBulk.Answer::json).distinct()).hasSize(1);
    assertThat(LocalDynamoDb.scan(table)).filteredOn(item -> item.get("sk").s().equals("BULK")).hasSize(1);
    assertThat(account()).containsEntry("reserved_minor", String.valueOf(BulkBodies.totalCents(10)));
    assertThat(queues.fanOuts).hasSize(1);
  }

  @Test
  void replaysTheOriginalAnswerForTheSameKeyAndPayload() {
    ObjectNode body = BulkBodies.aBulkOf(2);
    SubmitBulk.Answer first = submit.submit(ADMIN, body, Optional.empty());

    SubmitBulk.Answer again = submit.submit(ADMIN, body.deepCopy(), Optional.empty());

    assertThat(again.replayed()).isTrue();
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(account()).containsEntry("reserved_minor", String.valueOf(BulkBodies.totalCents(2)));
  }

  @Test
  void rejectsSecondSubmissionWithDifferentPayload() {
    ObjectNode body = BulkBodies.aBulkOf(2);
    submit.submit(ADMIN, body, Optional.empty());
    ObjectNode changed = body.deepCopy();
    ((ObjectNode) changed.get("credit_transfers").get(0)).put("amount", "999.00");

    Rejection refused = catchThrowableOfType(Rejection.class, () -> submit.submit(ADMIN, changed, Optional.empty()));

    assertThat(refused.kind()).isEqualTo(Rejection.Kind.INVALID_REQUEST);
    assertThat(refused.problemType()).isEqualTo("idempotency-key-reused");
    assertThat(account()).containsEntry("reserved_minor", String.valueOf(BulkBodies.totalCents(2)));
  }

  @Test
  void executesEveryTransferOnceDespiteDuplicateDeliveriesAndSettlesOnce() throws Exception {
    LedgerBank bank = new LedgerBank(Set.of("GB33BUKB20201555555555"));
    String bulkId = acceptedBulkOf(8);
    new FanOutBulk(store, queues).fanOut(bulkId);
    ExecuteTransfer execute = new ExecuteTransfer(store, bank, queues, notices, Clock.systemUTC(), () -> {});

    for (TransferOrder order : List.copyOf(queues.orders)) {
      execute.execute(order, "first delivery");
      execute.execute(order, "duplicate delivery");
    }
    SettleBulk settle = new SettleBulk(store, notices);
    boolean first = settle.settle(bulkId, "settlement message");
    boolean second = settle.settle(bulkId, "duplicate settlement message");

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(bank.answers).hasSize(8);
    long failed = 2 * 100 + 50 + 6 * 100 + 50;  // transfers 1 and 5 go to the closed GB account
    long executed = BulkBodies.totalCents(8) - failed;
    assertThat(account())
        .containsEntry("balance_minor", String.valueOf(STARTING_BALANCE - executed))
        .containsEntry("reserved_minor", "0")
        .containsEntry("available_minor", String.valueOf(STARTING_BALANCE - executed));
    BulkReport.View view = new BulkReport(store).of(ADMIN, bulkId, 0, 100);
    assertThat(view.status()).isEqualTo(BulkStatus.PARTIALLY_COMPLETED.wireName());
    assertThat(view.counts()).isEqualTo(new BulkReport.Counts(6, 2, 0, 0));
    assertThat(view.amounts().failed()).isEqualTo("9.00");
    assertThat(view.transfers().get(1).failureReason()).contains("creditor account closed");
  }

  @Test
  void aWorkerThatDiesAfterTheBankCallPaysNothingTwiceWhenTheMessageReturns() {
    LedgerBank bank = new LedgerBank(Set.of());
    String bulkId = acceptedBulkOf(3);
    new FanOutBulk(store, queues).fanOut(bulkId);
    AtomicInteger crashes = new AtomicInteger();
    ExecuteTransfer crashing = new ExecuteTransfer(store, bank, queues, notices, Clock.systemUTC(), () -> {
      crashes.incrementAndGet();
      throw new IllegalStateException("worker died");
    });
    ExecuteTransfer healthy = new ExecuteTransfer(store, bank, queues, notices, Clock.systemUTC(), () -> {});

    for (TransferOrder order : List.copyOf(queues.orders)) {
      catchThrowableOfType(IllegalStateException.class, () -> crashing.execute(order, "delivery 1"));
      healthy.execute(order, "delivery 2");
    }
    healthy.requestSettlementIfFinished(bulkId);

    assertThat(crashes).hasValue(3);
    assertThat(bank.calls).hasValue(6);
    assertThat(bank.executedPayments()).isEqualTo(3);
    assertThat(queues.settlements).contains(bulkId);
    assertThat(new BulkReport(store).of(ADMIN, bulkId, 0, 10).counts()).isEqualTo(new BulkReport.Counts(3, 0, 0, 0));
  }

  @Test
  void allOrNothingCancelsWhatWasNotExecutedAfterThePermanentFailure() {
    LedgerBank bank = new LedgerBank(Set.of("GB33BUKB20201555555555"));
    ObjectNode body = BulkBodies.aBulkOf(4).put("mode", "all_or_nothing");
    String bulkId = bulkIdOf(submit.submit(ADMIN, body, Optional.empty()));
    new FanOutBulk(store, queues).fanOut(bulkId);
    ExecuteTransfer execute = new ExecuteTransfer(store, bank, queues, notices, Clock.systemUTC(), () -> {});

    queues.orders.forEach(order -> execute.execute(order, "delivery"));
    new SettleBulk(store, notices).settle(bulkId, "settlement");

    BulkReport.View view = new BulkReport(store).of(ADMIN, bulkId, 0, 10);
    assertThat(view.counts()).isEqualTo(new BulkReport.Counts(1, 1, 2, 0));
    assertThat(view.status()).isEqualTo(BulkStatus.PARTIALLY_COMPLETED.wireName());
    assertThat(bank.executedPayments()).isEqualTo(1);
    assertThat(account()).containsEntry("reserved_minor", "0")
        .containsEntry("balance_minor", String.valueOf(STARTING_BALANCE - 150));
  }

  @Test
  void aTransferPaidJustBeforeItsAllOrNothingBulkWasCancelledIsRecordedAsExecutedNotCancelled() {
    LedgerBank bank = new LedgerBank(Set.of("GB33BUKB20201555555555"));
    String bulkId = bulkIdOf(submit.submit(ADMIN, BulkBodies.aBulkOf(3).put("mode", "all_or_nothing"), Optional.empty()));
    new FanOutBulk(store, queues).fanOut(bulkId);
    List<TransferOrder> orders = List.copyOf(queues.orders);
    ExecuteTransfer dyingAfterThePayment = new ExecuteTransfer(store, bank, queues, notices, Clock.systemUTC(), () -> {
      throw new IllegalStateException("worker died");
    });
    ExecuteTransfer healthy = new ExecuteTransfer(store, bank, queues, notices, Clock.systemUTC(), () -> {});

    catchThrowableOfType(IllegalStateException.class, () -> dyingAfterThePayment.execute(orders.get(0), "delivery 1"));
    healthy.execute(orders.get(1), "delivery 1");
    healthy.execute(orders.get(0), "delivery 2");
    healthy.execute(orders.get(2), "delivery 1");
    new SettleBulk(store, notices).settle(bulkId, "settlement");

    BulkReport.View view = new BulkReport(store).of(ADMIN, bulkId, 0, 10);
    assertThat(view.counts()).isEqualTo(new BulkReport.Counts(1, 1, 1, 0));
    assertThat(view.transfers().get(0).status()).isEqualTo("executed");
    assertThat(bank.executedPayments()).isEqualTo(1);
    assertThat(account()).containsEntry("balance_minor", String.valueOf(STARTING_BALANCE - 150))
        .containsEntry("reserved_minor", "0");
  }

  @Test
  void theReconcilerEnqueuesABulkWhoseFanOutWasLostAndCompletesItsSubmission() throws Exception {
    queues.makeUnreachable();
    String bulkId = acceptedBulkOf(2);
    assertThat(queues.fanOuts).isEmpty();

    RecordingQueues recovered = new RecordingQueues();
    ReconcileBulks.Pass pass = new ReconcileBulks(store, recovered, Clock.systemUTC(), Duration.ZERO).reconcile();

    assertThat(pass.reEnqueued()).isEqualTo(1);
    assertThat(recovered.fanOuts).containsExactly(bulkId);
  }

  @Test
  void noticesTheSettlementAndEachFailedTransferOnceToTheBulksWebhook() {
    LedgerBank bank = new LedgerBank(Set.of("GB33BUKB20201555555555"));
    ObjectNode body = BulkBodies.aBulkOf(2).put("webhook_url", "https://hooks.example.com/finflow");
    String bulkId = bulkIdOf(submit.submit(ADMIN, body, Optional.empty()));
    new FanOutBulk(store, queues).fanOut(bulkId);
    ExecuteTransfer execute = new ExecuteTransfer(store, bank, queues, notices, Clock.systemUTC(), () -> {});
    queues.orders.forEach(order -> execute.execute(order, "delivery"));
    queues.orders.forEach(order -> execute.execute(order, "duplicate delivery"));

    new SettleBulk(store, notices).settle(bulkId, "settlement");
    new SettleBulk(store, notices).settle(bulkId, "duplicate settlement");

    assertThat(published.keySet()).containsExactlyInAnyOrder("transfer.failed:" + bulkId + ":1", "bulk.settled:" + bulkId);
    WebhookNotice settled = published.get("bulk.settled:" + bulkId);
    assertThat(settled.type()).isEqualTo("bulk.settled");
    assertThat(settled.subject()).isEqualTo("bulk/" + bulkId);
    assertThat(settled.url()).hasToString("https://hooks.example.com/finflow");
    assertThat(settled.data()).containsEntry("status", "partially_completed");
  }

  @Test
  void anotherOrganizationCannotSeeTheBulk() {
    String bulkId = acceptedBulkOf(1);

    Rejection hidden = catchThrowableOfType(Rejection.class,
        () -> new BulkReport(store).of(new Caller("user-9", "org-9", "admin"), bulkId, 0, 10));

    assertThat(hidden.kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
  }

  private String acceptedBulkOf(int count) {
    return bulkIdOf(submit.submit(ADMIN, BulkBodies.aBulkOf(count), Optional.empty()));
  }

  private static String bulkIdOf(SubmitBulk.Answer answer) {
    try {
      return Json.MAPPER.readTree(answer.json()).get("bulk_id").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, String> account() {
    Map<String, AttributeValue> item = LocalDynamoDb.client().getItem(request -> request.tableName(accounts)
        .key(Map.of("iban", AttributeValue.fromS(BulkBodies.ORGANIZATION_IBAN))).consistentRead(true)).item();
    Map<String, String> values = new java.util.HashMap<>();
    item.forEach((name, value) -> values.put(name, value.n() != null ? value.n() : value.s()));
    return values;
  }

  private void openAccount(String iban, String organization, long balance) {
    LocalDynamoDb.client().putItem(request -> request.tableName(accounts).item(Map.of(
        "iban", AttributeValue.fromS(iban), "organization_id", AttributeValue.fromS(organization),
        "currency", AttributeValue.fromS("EUR"), "bic", AttributeValue.fromS("QNTOFRP1XXX"),
        "balance_minor", AttributeValue.fromN(Long.toString(balance)), "reserved_minor", AttributeValue.fromN("0"),
        "available_minor", AttributeValue.fromN(Long.toString(balance)),
        "created_at", AttributeValue.fromS("2026-11-23T00:00:00Z"))));
  }

  private static String transfersTable() {
    return TransferAdapters.newTransfersTable();
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
