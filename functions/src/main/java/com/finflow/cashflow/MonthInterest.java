package com.finflow.cashflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Interest of one account over the days of one month in a window: each day's closing balance
 * accrues a 365th of the yearly rate (ACT/365: every calendar day counts, 29 February too), credit
 * on positive balances, debit on negative ones. The month's exact sums are rounded half-even to the
 * cent once, so the months add up to the totals shown.
 */
record MonthInterest(LocalDate start, LocalDate end, long earned, long charged) {

  private static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);

  long net() {
    return earned - charged;
  }

  /** {@code closings[i]}: the closing balance, in cents, of day {@code start + i}. */
  static MonthInterest accrue(
      LocalDate start, LocalDate end, long[] closings, InterestRates rates) {
    long positive = 0;
    long negative = 0;
    for (long closing : closings) {
      if (closing > 0) {
        positive = Math.addExact(positive, closing);
      } else {
        negative = Math.subtractExact(negative, closing);
      }
    }
    return new MonthInterest(
        start, end, cents(positive, rates.credit()), cents(negative, rates.debit()));
  }

  private static long cents(long balanceDaysInCents, BigDecimal yearlyRate) {
    return BigDecimal.valueOf(balanceDaysInCents)
        .multiply(yearlyRate)
        .divide(DAYS_A_YEAR, 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }
}
