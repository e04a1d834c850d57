package com.finflow.transfers;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bank that deduplicates on the payment key like a real one, rejecting payments to the IBANs it
 * is told are closed.
 */
public final class LedgerBank implements Bank {

  public final Map<String, BankAnswer> answers = new ConcurrentHashMap<>();
  public final AtomicInteger calls = new AtomicInteger();
  private final Set<String> closedAccounts;

  public LedgerBank(Set<String> closedAccounts) {
    this.closedAccounts = Set.copyOf(closedAccounts);
  }

  @Override
  public BankAnswer pay(TransferOrder order) {
    calls.incrementAndGet();
    return answers.computeIfAbsent(
        order.paymentKey(),
        key ->
            closedAccounts.contains(order.transfer().counterpartyIban())
                ? new BankAnswer.Rejected("creditor account closed")
                : new BankAnswer.Executed(UUID.randomUUID().toString()));
  }

  public long executedPayments() {
    return answers.values().stream().filter(BankAnswer.Executed.class::isInstance).count();
  }
}
