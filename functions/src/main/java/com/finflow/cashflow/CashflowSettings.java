package com.finflow.cashflow;

/** Per-organization choices of the cashflow feature. */
public interface CashflowSettings {

  /** True when IBANs must also pass ISO 13616 ({@link Rule#INVALID_IBAN_CHECKSUM}). */
  boolean strictIbans(String organizationId);

  void strictIbans(String organizationId, boolean strict);
}
