package com.finflow.localstack.bank;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The bank's payment desk: a payment request carries an idempotency key, the first final answer
 * (executed or rejected) given for a key is the answer to that key forever, and a key executes a
 * payment at most once.
 */
final class IdempotentPayments {

  private final BankLedger ledger = new BankLedger();
  private final Map<String, BankAnswer> settled = new ConcurrentHashMap<>();
  private final Map<String, Object> keyLocks = new ConcurrentHashMap<>();
  private volatile Conditions conditions;

  IdempotentPayments(BankBehaviour behaviour) {
    configure(behaviour);
  }

  /** Takes effect for the next draw; the generator restarts from the behaviour's seed. */
  void configure(BankBehaviour behaviour) {
    conditions = new Conditions(behaviour);
  }

  BankBehaviour behaviour() {
    return conditions.behaviour;
  }

  BankLedger ledger() {
    return ledger;
  }

  BankAnswer submit(String idempotencyKey, PaymentInstruction instruction)
      throws InterruptedException {
    // Requests with the same key queue here, so a second one only ever sees the first one's final
    // answer.
    synchronized (keyLocks.computeIfAbsent(idempotencyKey, key -> new Object())) {
      BankAnswer known = settled.get(idempotencyKey);
      if (known != null) {
        return known;
      }
      // The latency is the bank working on the payment: a replayed final answer comes straight from
      // its records.
      Thread.sleep(conditions.behaviour.latency());
      BankAnswer answer =
          switch (conditions.draw()) {
            case TEMPORARILY_UNAVAILABLE -> BankAnswer.temporarilyUnavailable();
            case REJECTED -> BankAnswer.rejected();
            case EXECUTED -> execute(idempotencyKey, instruction);
          };
      if (answer.settled()) {
        settled.put(idempotencyKey, answer);
      }
      return answer;
    }
  }

  private BankAnswer execute(String idempotencyKey, PaymentInstruction instruction) {
    UUID paymentId = UUID.randomUUID();
    ledger.append(
        new ExecutedPayment(
            idempotencyKey,
            paymentId.toString(),
            instruction.amountMinor(),
            instruction.currency(),
            instruction.debtorIban(),
            instruction.creditorIban()));
    return BankAnswer.executed(paymentId);
  }

  private enum Outcome {
    TEMPORARILY_UNAVAILABLE,
    REJECTED,
    EXECUTED
  }

  /** A behaviour and the seeded generator its draws come from. */
  private static final class Conditions {
    private final BankBehaviour behaviour;
    private final RandomGenerator generator;

    Conditions(BankBehaviour behaviour) {
      this.behaviour = behaviour;
      this.generator = RandomGeneratorFactory.of("L64X128MixRandom").create(behaviour.seed());
    }

    synchronized Outcome draw() {
      double draw = generator.nextDouble();
      if (draw < behaviour.transientRate()) {
        return Outcome.TEMPORARILY_UNAVAILABLE;
      }
      return draw < behaviour.transientRate() + behaviour.rejectRate()
          ? Outcome.REJECTED
          : Outcome.EXECUTED;
    }
  }
}
