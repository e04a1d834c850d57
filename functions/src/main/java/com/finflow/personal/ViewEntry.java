package com.finflow.personal;

import java.math.BigInteger;
import java.time.LocalDate;

/**
 * What a user's transactions of one day (in their time zone), one account and one category add up
 * to, converted to their primary currency: counts and sums in its minor units, per direction.
 * Unbounded integers: a sum of many large amounts in a currency of small units never wraps.
 */
public record ViewEntry(
    LocalDate day,
    String account,
    String category,
    long credits,
    BigInteger creditMinor,
    long debits,
    BigInteger debitMinor) {

  static ViewEntry empty(LocalDate day, String account, String category) {
    return new ViewEntry(day, account, category, 0, BigInteger.ZERO, 0, BigInteger.ZERO);
  }

  ViewEntry plus(Direction direction, BigInteger minor) {
    return direction == Direction.CREDIT
        ? new ViewEntry(
            day, account, category, credits + 1, creditMinor.add(minor), debits, debitMinor)
        : new ViewEntry(
            day, account, category, credits, creditMinor, debits + 1, debitMinor.add(minor));
  }
}
