package com.finflow.cashflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A row that reads: every field present and of the right shape. */
public record Transaction(
    String id,
    String payerIban,
    String beneficiaryIban,
    BigDecimal amount,
    String currency,
    Instant timestamp) {

  /** The UTC day of the timestamp: the day the transaction counts on. */
  public LocalDate day() {
    return LocalDate.ofInstant(timestamp, ZoneOffset.UTC);
  }
}
