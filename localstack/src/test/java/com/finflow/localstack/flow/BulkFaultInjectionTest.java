package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.localstack.FixtureCode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import com.finflow.localstack.bank.BankBehaviour;
import com.finflow.localstack.bank.ExecutedPayment;
import com.finflow.localstack.fixture.CrashAfterBankExecuteTransfer;
import com.finflow.localstack.fixture.CrashAroundNoticeSettleBulk;
import com.finflow.shared.money.Money;
import com.finflow.transfers.BulkMode;
import com.finflow.transfers.CreditTransfer;
import com.finflow.transfers.TransferOrder;
import com.finflow.transfers.adapters.TransferMessages;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Over a hundred bulks through the real stack while everything goes wrong: the bank has outages and
 * rejects payments, workers die after the bank paid and before Finflow recorded it, settlement
 * workers die between the settlement and its webhook notice, DynamoDB throttles, and SQS delivers
 * transfer messages twice. Afterwards no money is lost or created, nothing was paid twice, and
 * every settled bulk and every failed transfer was told to the bulk's webhook, under one delivery
 * each.
 *
 * <p>Replay a failure with {@code -Dfinflow.fault.seed=<the printed seed>}.
 */
class BulkFaultInjectionTest {

  private static final long SEED = Long.getLong("finflow.fault.seed", 20261123L);
  private static final int BULKS = 100;
  private static final String STARTING_BALANCE = "10000000.00";
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void noMoneyIsLostOrPaidTwiceAndNoNoticeIsLostWhenEverythingFails() throws Exception {
    System.out.println(
        "BulkFaultInjectionTest seed " + SEED + " (replay with -Dfinflow.fault.seed=" + SEED + ")");
    Random random = new Random(SEED);
    Path crashLog = Files.createTempFile("finflow-notice-crashes", ".log");
    try (WebhookReceiver receiver = new WebhookReceiver(0);
        LocalStackRuntime runtime =
            LocalStackRuntime.start(
                RunningFinflow.realStack(RunningFinflow.TEMPLATE)
                    .withBankBehaviour(
                        BankBehaviour.RELIABLE
                            .withTransientRate(0.2)
                            .withRejectRate(0.05)
                            .withSeed(SEED))
                    .withFaultSeed(SEED)
                    .withScheduleOverride(Duration.ofSeconds(10))
                    // The transfer workers die after the bank's answer now and then: the test's
                    // handler
                    // wraps the real bank.
                    .withExtraCode(FixtureCode.paths())
                    .withHandlerOverride(
                        "ExecuteTransfer",
                        CrashAfterBankExecuteTransfer.class.getName() + "::handleRequest")
                    // The settlement workers die after the settlement committed, before or right
                    // after
                    // publishing its notice: the notice waits in the outbox for the reconciler.
                    .withHandlerOverride(
                        "SettleBulk",
                        CrashAroundNoticeSettleBulk.class.getName() + "::handleRequest")
                    .withFunctionEnvironment(
                        Map.of(
                            CrashAfterBankExecuteTransfer.RATE,
                            "0.05",
                            CrashAfterBankExecuteTransfer.SEED,
                            Long.toString(SEED),
                            CrashAroundNoticeSettleBulk.RATE,
                            "0.3",
                            CrashAroundNoticeSettleBulk.LOG,
                            crashLog.toString(),
                            "RECONCILE_AFTER_SECONDS",
                            "20",
                            // A notice's writer holds it 10 s before the reconciler (every 10 s
                            // here) may publish it instead.
                            "OUTBOX_LEASE_SECONDS",
                            "10",
                            // Retried submissions must meet faults, not the rate limit.
                            "BULK_SUBMISSIONS_PER_MINUTE",
                            "1000000")))) {
      ApiClient api = new ApiClient(runtime.httpBaseUrl());
      List<Tenant> tenants =
          List.of(
              Tenant.signUp(api, STARTING_BALANCE),
              Tenant.signUp(api, STARTING_BALANCE),
              Tenant.signUp(api, STARTING_BALANCE),
              Tenant.signUp(api, STARTING_BALANCE));
      runtime.faults().dynamoDbThrottleRate(0.02);
      SqsClient sqs = TestClients.sqs(runtime.awsEndpoint());
      String transferQueue =
          runtime.stack().ofType("AWS::SQS::Queue").stream()
              .filter(
                  queue ->
                      queue.logicalId().startsWith("TransferQueue")
                          && !queue.logicalId().contains("DeadLetter"))
              .findFirst()
              .orElseThrow()
              .ref();

      Map<String, Tenant> ownerOf = new HashMap<>();
      int duplicates = 0;
      for (int i = 0; i < BULKS; i++) {
        Tenant tenant = tenants.get(i % tenants.size());
        String mode = random.nextInt(4) == 0 ? "all_or_nothing" : "partial";
        ObjectNode body =
            tenant.bulkOf(1 + random.nextInt(8), random, mode).put("webhook_url", receiver.url());
        String bulkId = submitUntilAccepted(api, tenant, body);
        ownerOf.put(bulkId, tenant);
        duplicates +=
            deliverSomeTransfersAgain(sqs, transferQueue, api, tenant, bulkId, body, random);
      }

      Map<String, JsonNode> settled = new HashMap<>();
      for (Map.Entry<String, Tenant> bulk : ownerOf.entrySet()) {
        settled.put(
            bulk.getKey(),
            Settlement.awaitSettled(api, bulk.getValue(), bulk.getKey(), Duration.ofSeconds(240)));
      }
      runtime.faults().dynamoDbThrottleRate(0);

      List<ExecutedPayment> ledger = runtime.bank().ledger().payments();
      System.out.printf(
          "seed %d: %d bulks, %d duplicate deliveries, %d DynamoDB throttles, %d payments executed%n",
          SEED, BULKS, duplicates, runtime.faults().dynamoDbThrottles(), ledger.size());
      assertThat(runtime.faults().dynamoDbThrottles()).as("seed %d", SEED).isPositive();
      assertThat(ledger.stream().map(ExecutedPayment::idempotencyKey).distinct().count())
          .as("seed %d: a payment was executed twice", SEED)
          .isEqualTo(ledger.size());

      for (JsonNode bulk : settled.values()) {
        JsonNode counts = bulk.get("counts");
        assertThat(
                counts.get("executed").asInt()
                    + counts.get("failed").asInt()
                    + counts.get("cancelled").asInt())
            .as("seed %d: counts of %s", SEED, bulk.get("bulk_id"))
            .isEqualTo(bulk.get("transfer_count").asInt());
        assertThat(counts.get("pending").asInt()).isZero();
        Map<String, Long> paidByBank =
            ledger.stream()
                .filter(
                    payment ->
                        payment.idempotencyKey().startsWith(bulk.get("bulk_id").asText() + ":"))
                .collect(
                    Collectors.toMap(
                        ExecutedPayment::idempotencyKey, ExecutedPayment::amountMinor));
        assertThat(paidByBank)
            .as("seed %d: bank and Finflow disagree on %s", SEED, bulk.get("bulk_id"))
            .hasSize(counts.get("executed").asInt());
        assertThat(cents(bulk.get("amounts").get("executed").asText()))
            .isEqualTo(paidByBank.values().stream().mapToLong(Long::longValue).sum());
      }
      for (Tenant tenant : tenants) {
        JsonNode account = tenant.account(api).json();
        long executed =
            settled.entrySet().stream()
                .filter(bulk -> ownerOf.get(bulk.getKey()) == tenant)
                .mapToLong(bulk -> cents(bulk.getValue().get("amounts").get("executed").asText()))
                .sum();
        assertThat(account.get("reserved").asText()).as("seed %d", SEED).isEqualTo("0.00");
        assertThat(account.get("available").asText()).isEqualTo(account.get("balance").asText());
        assertThat(cents(STARTING_BALANCE))
            .as("seed %d: starting balance = balance + executed", SEED)
            .isEqualTo(cents(account.get("balance").asText()) + executed);
        assertThat(
                ledger.stream()
                    .filter(payment -> payment.debtorIban().equals(tenant.iban()))
                    .mapToLong(ExecutedPayment::amountMinor)
                    .sum())
            .isEqualTo(executed);
      }

      Map<String, JsonNode> deliveries = new HashMap<>();
      Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
      for (Map.Entry<String, Tenant> bulk : ownerOf.entrySet()) {
        deliveries.put(
            bulk.getKey(),
            awaitNoticesDelivered(api, bulk.getValue(), settled.get(bulk.getKey()), deadline));
      }
      List<String> crashes = Files.readAllLines(crashLog);
      long betweenSettlementAndNotice =
          crashes.stream().filter(line -> line.startsWith("before bulk.settled:")).count();
      System.out.printf(
          "seed %d: settlement workers died %d times between settlement and notice, %d times right"
              + " after publishing it; %d webhook requests received%n",
          SEED,
          betweenSettlementAndNotice,
          crashes.stream().filter(line -> line.startsWith("after bulk.settled:")).count(),
          receiver.received.size());
      assertThat(betweenSettlementAndNotice)
          .as("seed %d: no crash between settlement and notice was injected", SEED)
          .isPositive();
      for (Map.Entry<String, JsonNode> bulk : deliveries.entrySet()) {
        String settledId = "bulk.settled:" + bulk.getKey();
        List<JsonNode> log = elementsOf(bulk.getValue());
        assertThat(log)
            .as("seed %d: bulk.settled deliveries of %s", SEED, bulk.getKey())
            .filteredOn(delivery -> delivery.get("event_type").asText().equals("bulk.settled"))
            .singleElement()
            .satisfies(
                delivery -> {
                  assertThat(delivery.get("delivery_id").asText()).isEqualTo(settledId);
                  assertThat(delivery.get("status").asText()).isEqualTo("delivered");
                });
        assertThat(
                log.stream()
                    .filter(
                        delivery -> delivery.get("event_type").asText().equals("transfer.failed"))
                    .map(delivery -> delivery.get("delivery_id").asText())
                    .collect(Collectors.toSet()))
            .as("seed %d: transfer.failed deliveries of %s", SEED, bulk.getKey())
            .isEqualTo(failedNoticeIds(settled.get(bulk.getKey())));
        assertThat(log)
            .extracting(delivery -> delivery.get("status").asText())
            .containsOnly("delivered");
        assertThat(
                receiver.received.stream()
                    .filter(request -> request.answered() == 200)
                    .map(request -> request.headers().get("finflow-event-id")))
            .as("seed %d: the receiver never got %s", SEED, settledId)
            .contains(settledId);
      }
      System.out.printf(
          "seed %d: each of %d settled bulks has exactly one bulk.settled delivery, delivered and"
              + " received, and one transfer.failed delivery per failed transfer%n",
          SEED, deliveries.size());
    } finally {
      Files.deleteIfExists(crashLog);
    }
  }

  /** The ids of the transfer.failed notices the bulk owes its webhook: one per failed transfer. */
  private static Set<String> failedNoticeIds(JsonNode bulk) {
    return elementsOf(bulk.get("transfers")).stream()
        .filter(transfer -> transfer.get("status").asText().equals("failed"))
        .map(
            transfer ->
                "transfer.failed:"
                    + bulk.get("bulk_id").asText()
                    + ":"
                    + transfer.get("index").asInt())
        .collect(Collectors.toSet());
  }

  /**
   * The bulk's delivery log, once every notice it owes (its settlement, each failed transfer) is
   * delivered; as it stands at the deadline otherwise.
   */
  private static JsonNode awaitNoticesDelivered(
      ApiClient api, Tenant tenant, JsonNode bulk, Instant deadline) {
    String bulkId = bulk.get("bulk_id").asText();
    int owed = 1 + failedNoticeIds(bulk).size();
    JsonNode log = null;
    do {
      ApiClient.Reply reply =
          api.get(
              "/transfers/bulk/" + bulkId + "/webhook-deliveries",
              Optional.of(tenant.accessToken()));
      if (reply.status() == 200) {
        log = reply.json().get("deliveries");
        long delivered =
            elementsOf(log).stream()
                .filter(delivery -> delivery.get("status").asText().equals("delivered"))
                .count();
        if (delivered >= owed) {
          return log;
        }
      }
      Settlement.sleep(250);
    } while (Instant.now().isBefore(deadline));
    return log == null ? JsonNodeFactory.instance.arrayNode() : log;
  }

  private static List<JsonNode> elementsOf(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  // Clients retry a failed submission with the same request id: idempotency makes that safe.
  private static String submitUntilAccepted(ApiClient api, Tenant tenant, ObjectNode body) {
    for (int attempt = 1; attempt <= 20; attempt++) {
      ApiClient.Reply reply =
          api.post("/transfers/bulk", Optional.of(tenant.accessToken()), body.toString());
      if (reply.status() == 201) {
        return reply.json().get("bulk_id").asText();
      }
      assertThat(reply.status()).as(reply.body()).isIn(409, 500);
      Settlement.sleep(100L * attempt);
    }
    throw new AssertionError("a bulk was never accepted");
  }

  /**
   * Sends copies of about a third of the bulk's transfer messages straight to the transfer queue.
   */
  private static int deliverSomeTransfersAgain(
      SqsClient sqs,
      String queueUrl,
      ApiClient api,
      Tenant tenant,
      String bulkId,
      ObjectNode body,
      Random random) {
    String organizationId =
        api.get("/users/me", Optional.of(tenant.accessToken()))
            .json()
            .get("organization_id")
            .asText();
    BulkMode mode = BulkMode.fromWireName(body.get("mode").asText()).orElseThrow();
    List<TransferOrder> copies = new ArrayList<>();
    JsonNode transfers = body.get("credit_transfers");
    for (int index = 0; index < transfers.size(); index++) {
      if (random.nextInt(3) == 0) {
        JsonNode transfer = transfers.get(index);
        copies.add(
            new TransferOrder(
                bulkId,
                organizationId,
                mode,
                tenant.iban(),
                new CreditTransfer(
                    index,
                    Optional.of(transfer.get("transfer_id").asText()),
                    new Money(cents(transfer.get("amount").asText()), EUR),
                    transfer.get("counterparty_name").asText(),
                    transfer.get("counterparty_bic").asText(),
                    transfer.get("counterparty_iban").asText(),
                    Optional.of(transfer.get("description").asText()))));
      }
    }
    copies.forEach(
        order ->
            sqs.sendMessage(
                request -> request.queueUrl(queueUrl).messageBody(TransferMessages.order(order))));
    return copies.size();
  }

  private static long cents(String decimal) {
    return new BigDecimal(decimal).movePointRight(2).longValueExact();
  }
}
