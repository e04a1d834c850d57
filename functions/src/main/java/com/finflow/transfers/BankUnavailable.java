package com.finflow.transfers;

/** The bank could not answer for this transfer now; its message must come back later. */
public final class BankUnavailable extends RuntimeException {

  public BankUnavailable(String paymentKey, String reason) {
    super("bank unavailable for " + paymentKey + ": " + reason, null, false, false);
  }
}
