package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import com.finflow.localstack.bank.BankBehaviour;
import com.finflow.localstack.bank.ExecutedPayment;
import com.finflow.localstack.fixture.CrashAfterBankExecuteTransfer;
import com.finflow.shared.money.Money;
import com.finflow.transfers.BulkMode;
import com.finflow.transfers.CreditTransfer;
import com.finflow.transfers.TransferOrder;
import com.finflow.transfers.adapters.TransferMessages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Over a hundred bulks through the real stack while everything goes wrong: the bank has outages and
 * rejects payments, workers die after the bank paid and before Finflow recorded it, DynamoDB
 * throttles, and SQS delivers transfer messages twice. Afterwards no money is lost or created and
 * nothing was paid twice.
 *
 * <p>Replay a failure with {@code -Dfinflow.fault.seed=<the printed seed>}.
 */
class BulkFaultInjectionTest {

  private static final long SEED = Long.getLong("finflow.fault.seed", 20261123L);
  private static final int BULKS = 100;
  private static final String STARTING_BALANCE = "10000000.00";
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void noMoneyIsLostOrPaidTwiceWhenEverythingFails() throws Exception {
    System.out.println(
        "BulkFaultInjectionTest seed " + SEED + " (replay with -Dfinflow.fault.seed=" + SEED + ")");
    Random random = new Random(SEED);
    try (LocalStackRuntime runtime =
        LocalStackRuntime.start(
            RunningFinflow.realStack(RunningFinflow.TEMPLATE)
                .withBankBehaviour(
                    BankBehaviour.RELIABLE
                        .withTransientRate(0.2)
                        .withRejectRate(0.05)
                        .withSeed(SEED))
                .withFaultSeed(SEED)
                .withScheduleOverride(Duration.ofSeconds(10))
                // The transfer workers die after the bank's answer now and then: the test's handler
                // wraps the real bank.
                .withExtraCode(Path.of(System.getProperty("finflow.test.classes")))
                .withHandlerOverride(
                    "ExecuteTransfer",
                    CrashAfterBankExecuteTransfer.class.getName() + "::handleRequest")
                .withFunctionEnvironment(
                    Map.of(
                        CrashAfterBankExecuteTransfer.RATE,
                        "0.05",
                        CrashAfterBankExecuteTransfer.SEED,
                        Long.toString(SEED),
                        "RECONCILE_AFTER_SECONDS",
                        "20")))) {
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
        ObjectNode body = tenant.bulkOf(1 + random.nextInt(8), random, mode);
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
    }
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
