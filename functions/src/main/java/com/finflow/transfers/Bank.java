package com.finflow.transfers;

/** The external bank that moves the money of one credit transfer. */
public interface Bank {

  /**
   * Pays the order. The bank deduplicates on {@link TransferOrder#paymentKey()}: asking again for
   * the same transfer returns the first answer and never pays twice.
   */
  BankAnswer pay(TransferOrder order);

  /** What the bank answered. */
  sealed interface BankAnswer {
    record Executed(String reference) implements BankAnswer {}

    /** A final refusal, such as a closed creditor account: retrying will not help. */
    record Rejected(String reason) implements BankAnswer {}

    /** The bank could not answer now (outage, timeout): retry later. */
    record Unavailable(String reason) implements BankAnswer {}
  }
}
