package com.finflow.cashflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One period of a currency's rates: one unit is worth {@code eurRate} EUR (and {@code usdRate} USD)
 * from {@code validFrom} on, or on every date when there is none. Periods are only added.
 */
public record ExchangeRate(
    String currency, BigDecimal eurRate, BigDecimal usdRate, Optional<LocalDate> validFrom) {

  /** The first day the period applies to; {@link LocalDate#MIN} for one without a start. */
  public LocalDate start() {
    return validFrom.orElse(LocalDate.MIN);
  }

  /** Same rates for the same period: a repeated request. */
  public boolean sameAs(ExchangeRate other) {
    return currency.equals(other.currency)
        && start().equals(other.start())
        && eurRate.compareTo(other.eurRate) == 0
        && usdRate.compareTo(other.usdRate) == 0;
  }
}
