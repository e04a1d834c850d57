package com.finflow.architecture.sample.ledger;

import com.finflow.architecture.sample.payments.PayInvoice;

/**
 * A domain value; it reaches into the payments feature on purpose, which the cross-feature rule
 * refuses.
 */
public record LedgerEntry(String account, long minorUnits) {

  public static String reasonOf(PayInvoice payment) {
    return payment.getClass().getSimpleName();
  }
}
