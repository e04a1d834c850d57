package com.finflow.localstack.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedBankTest {

  private SimulatedBank bank;
  private BankClient client;

  @BeforeEach
  void start() {
    bank = SimulatedBank.start(0, BankBehaviour.RELIABLE);
    client = new BankClient(bank.baseUrl());
  }

  @AfterEach
  void stop() {
    bank.close();
  }

  @Test
  void theSameKeyTwiceExecutesOnceAndAnswersIdentically() {
    String key = key();

    HttpResponse<String> first = client.pay(key);
    HttpResponse<String> second = client.pay(key);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode executed = BankClient.json(first.body());
    assertThat(executed.path("status").asText()).isEqualTo("EXECUTED");
    assertThat(UUID.fromString(executed.path("payment_id").asText())).isNotNull();
    assertThat(second.statusCode()).isEqualTo(first.statusCode());
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(bank.ledger().executedWith(key)).hasSize(1);
    assertThat(bank.ledger().payments()).hasSize(1);
  }

  @Test
  void theLedgerListsExecutedPaymentsInExecutionOrder() {
    String first = key();
    String second = key();
    String firstPaymentId = BankClient.json(client.pay(first).body()).path("payment_id").asText();
    client.pay(second);
    client.pay(first);

    JsonNode payments = client.ledger().path("payments");

    assertThat(payments).hasSize(2);
    assertThat(payments.get(0).path("idempotency_key").asText()).isEqualTo(first);
    assertThat(payments.get(0).path("payment_id").asText()).isEqualTo(firstPaymentId);
    assertThat(payments.get(0).path("amount_minor").asLong()).isEqualTo(12345);
    assertThat(payments.get(0).path("currency").asText()).isEqualTo("EUR");
    assertThat(payments.get(0).path("debtor_iban").asText()).isEqualTo("DE89370400440532013000");
    assertThat(payments.get(0).path("creditor_iban").asText())
        .isEqualTo("FR1420041010050500013M02606");
    assertThat(payments.get(1).path("idempotency_key").asText()).isEqualTo(second);
  }

  @Test
  void concurrentRequestsWithTheSameKeyExecuteOnce() throws Exception {
    // Latency keeps all ten requests in flight at once.
    bank.configure(BankBehaviour.RELIABLE.withLatency(Duration.ofMillis(100)));
    String key = key();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(10);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        answers.add(
            threads.submit(
                () -> {
                  go.await();
                  return client.pay(key);
                }));
      }
      go.countDown();
      List<String> bodies = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        assertThat(answer.get().statusCode()).isEqualTo(201);
        bodies.add(answer.get().body());
      }

      assertThat(bank.ledger().executedWith(key)).hasSize(1);
      assertThat(bodies).containsOnly(bodies.get(0));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theSameSeedGivesTheSameSequenceOfOutcomes() {
    String behaviour = "{\"transient_rate\":0.3,\"reject_rate\":0.3,\"seed\":1234}";

    assertThat(client.changeBehaviour(behaviour).statusCode()).isEqualTo(200);
    List<Integer> first = outcomesOfNewPayments(30);
    client.changeBehaviour(behaviour);
    List<Integer> second = outcomesOfNewPayments(30);
    client.changeBehaviour("{\"seed\":4321}");
    List<Integer> otherSeed = outcomesOfNewPayments(30);

    assertThat(first).contains(201, 422, 503);
    assertThat(second).isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
  }

  @Test
  void aRejectionIsFinalForItsKey() {
    bank.configure(BankBehaviour.RELIABLE.withRejectRate(1.0));
    String key = key();

    HttpResponse<String> rejected = client.pay(key);
    bank.configure(BankBehaviour.RELIABLE);
    HttpResponse<String> retried = client.pay(key);

    assertThat(rejected.statusCode()).isEqualTo(422);
    assertThat(BankClient.json(rejected.body()).path("status").asText()).isEqualTo("REJECTED");
    assertThat(BankClient.json(rejected.body()).path("reason").asText())
        .isEqualTo("creditor account closed");
    assertThat(retried.statusCode()).isEqualTo(422);
    assertThat(retried.body()).isEqualTo(rejected.body());
    assertThat(bank.ledger().payments()).isEmpty();
  }

  @Test
  void aTransientFailureIsNotRecordedSoARetryCanExecute() {
    bank.configure(BankBehaviour.RELIABLE.withTransientRate(1.0));
    String key = key();

    HttpResponse<String> unavailable = client.pay(key);
    HttpResponse<String> stillUnavailable = client.pay(key);
    bank.configure(BankBehaviour.RELIABLE);
    HttpResponse<String> retried = client.pay(key);

    assertThat(unavailable.statusCode()).isEqualTo(503);
    assertThat(BankClient.json(unavailable.body()).path("error").asText())
        .isEqualTo("temporarily unavailable");
    assertThat(stillUnavailable.statusCode()).isEqualTo(503);
    assertThat(retried.statusCode()).isEqualTo(201);
    assertThat(bank.ledger().executedWith(key)).hasSize(1);
  }

  @Test
  void behaviourChangesWhileTheBankRuns() {
    HttpResponse<String> changed = client.changeBehaviour("{\"latency_ms\":300}");

    long began = System.nanoTime();
    HttpResponse<String> slow = client.pay(key());
    long tookMillis = (System.nanoTime() - began) / 1_000_000;

    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(BankClient.json(changed.body()).path("latency_ms").asLong()).isEqualTo(300);
    assertThat(bank.behaviour())
        .isEqualTo(BankBehaviour.RELIABLE.withLatency(Duration.ofMillis(300)));
    assertThat(slow.statusCode()).isEqualTo(201);
    assertThat(tookMillis).isGreaterThanOrEqualTo(300);

    client.changeBehaviour("{\"latency_ms\":0,\"reject_rate\":1.0}");
    assertThat(client.pay(key()).statusCode()).isEqualTo(422);
  }

  @Test
  void anImpossibleBehaviourIsRefusedAndTheOldOneKept() {
    HttpResponse<String> refused =
        client.changeBehaviour("{\"transient_rate\":0.7,\"reject_rate\":0.7}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(bank.behaviour()).isEqualTo(BankBehaviour.RELIABLE);
  }

  @Test
  void aPaymentWithoutIdempotencyKeyIsRefusedWith400() {
    HttpResponse<String> refused = client.payWithoutKey();

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(BankClient.json(refused.body()).path("error").asText()).contains("Idempotency-Key");
    assertThat(bank.ledger().payments()).isEmpty();
  }

  private List<Integer> outcomesOfNewPayments(int count) {
    return IntStream.range(0, count).mapToObj(i -> client.pay(key()).statusCode()).toList();
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}
