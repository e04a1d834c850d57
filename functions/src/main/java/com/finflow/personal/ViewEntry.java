package com.finflow.personal;

import java.time.LocalDate;

/**
 * What a user's transactions of one day (in their time zone), one account and one category add up
 * to, converted to their primary currency: counts and sums in its minor units, per direction.
 */
public record ViewEntry(
    LocalDate day,
    String account,
    String category,
    long credits,
    long creditMinor,
    long debits,
    long debitMinor) {

  ViewEntry plus(Direction direction, long minor) {
    return direction == Direction.CREDIT
        ? new ViewEntry(
            day, account, category, credits + 1, creditMinor + minor, debits, debitMinor)
        : new ViewEntry(
            day, account, category, credits, creditMinor, debits + 1, debitMinor + minor);
  }
}
