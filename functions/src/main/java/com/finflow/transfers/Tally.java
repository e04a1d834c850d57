package com.finflow.transfers;

import com.finflow.shared.money.Money;

/**
 * How many transfers of a bulk ended each way, and for how much. Pending is what is left, so the
 * counts always add up to the bulk's transfer count.
 */
public record Tally(
    int executed,
    int failed,
    int cancelled,
    Money executedAmount,
    Money failedAmount,
    Money cancelledAmount) {

  public static Tally none(java.util.Currency currency) {
    Money zero = Money.zero(currency);
    return new Tally(0, 0, 0, zero, zero, zero);
  }

  public int finished() {
    return executed + failed + cancelled;
  }
}
