package com.finflow.localstack.bank;

import java.util.ArrayList;
import java.util.List;

/** Every payment the bank executed, in execution order; what a test reconciles against. */
public final class BankLedger {

  private final List<ExecutedPayment> payments = new ArrayList<>();

  synchronized void append(ExecutedPayment payment) {
    payments.add(payment);
  }

  public synchronized List<ExecutedPayment> payments() {
    return List.copyOf(payments);
  }

  /** The payments one idempotency key executed: never more than one. */
  public synchronized List<ExecutedPayment> executedWith(String idempotencyKey) {
    return payments.stream()
        .filter(payment -> payment.idempotencyKey().equals(idempotencyKey))
        .toList();
  }
}
