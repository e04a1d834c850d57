package com.finflow.cashflow;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one conversion of a transaction to EUR: {@code amount x eur_rate}, rounded half-even to the
 * cent once; both sides of the transaction count that same amount.
 */
public final class EurAmount {

  private EurAmount() {}

  /** The amount in EUR cents. */
  public static long cents(BigDecimal amount, BigDecimal eurRate) {
    return amount
        .multiply(eurRate)
        .setScale(2, RoundingMode.HALF_EVEN)
        .unscaledValue()
        .longValueExact();
  }

  /** Cents as a decimal string with two decimals: {@code -1250} is {@code "-12.50"}. */
  public static String text(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }
}
