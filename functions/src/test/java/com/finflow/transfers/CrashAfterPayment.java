package com.finflow.transfers;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A worker that dies right after the bank answered, before Finflow records the answer: its message
 * comes back.
 */
public final class CrashAfterPayment implements Bank {

  /** What the dying worker throws. */
  public static final class WorkerDied extends RuntimeException {
    WorkerDied() {
      super("worker died after the bank call", null, false, false);
    }
  }

  public final AtomicInteger crashes = new AtomicInteger();
  private final Bank bank;

  public CrashAfterPayment(Bank bank) {
    this.bank = bank;
  }

  @Override
  public BankAnswer pay(TransferOrder order) {
    bank.pay(order);
    crashes.incrementAndGet();
    throw new WorkerDied();
  }
}
