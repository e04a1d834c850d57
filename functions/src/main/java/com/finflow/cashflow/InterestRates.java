package com.finflow.cashflow;

import java.math.BigDecimal;

/**
 * An organization's yearly interest rates as decimal fractions ({@code 0.01} is 1% a year): {@code
 * credit} on positive balances, {@code debit} on negative ones.
 */
public record InterestRates(BigDecimal credit, BigDecimal debit) {

  /** 1% on credit balances and 3% on debit balances, as the original assignment's material has. */
  public static final InterestRates DEFAULT =
      new InterestRates(new BigDecimal("0.01"), new BigDecimal("0.03"));

  /** The most decimals a rate may have: 0.000001 is a ten-thousandth of a percent. */
  public static final int MAX_DECIMALS = 6;

  public InterestRates {
    check(credit);
    check(debit);
  }

  private static void check(BigDecimal rate) {
    if (rate.signum() < 0
        || rate.compareTo(BigDecimal.ONE) > 0
        || rate.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw new IllegalArgumentException("an interest rate is from 0 to 1, not " + rate);
    }
  }
}
