package com.finflow.cashflow;

import com.finflow.shared.failure.Conflict;
import java.util.Map;

/**
 * A company's IBAN cannot be dropped: what was counted for it stays with it. IBANs can only be
 * added.
 */
public final class IbanStillMonitored extends Conflict {

  public IbanStillMonitored(String iban) {
    super(
        "iban-still-monitored",
        "the IBAN " + iban + " is an account of the company and cannot be removed",
        Map.of("iban", iban));
  }
}
