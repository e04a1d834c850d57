package com.finflow.cashflow;

import java.math.BigDecimal;
import java.util.Optional;

/** Per-organization choices of the cashflow feature. */
public interface CashflowSettings {

  /** True when IBANs must also pass ISO 13616 ({@link Rule#INVALID_IBAN_CHECKSUM}). */
  boolean strictIbans(String organizationId);

  /** The organization's interest rates, {@link InterestRates#DEFAULT} until it sets its own. */
  InterestRates interestRates(String organizationId);

  /**
   * Sets what the change names and leaves every other setting as it is, so that two changes of
   * different settings never undo each other.
   */
  void change(String organizationId, Change change);

  /** Settings to set; an empty one is left as it is. */
  record Change(
      Optional<Boolean> strictIbans,
      Optional<BigDecimal> creditRate,
      Optional<BigDecimal> debitRate) {}
}
