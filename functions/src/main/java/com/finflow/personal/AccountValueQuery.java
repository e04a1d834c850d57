package com.finflow.personal;

import java.time.LocalDate;

/**
 * Which values of an account to list: days {@code from} to {@code to}, inclusive, at most {@code
 * limit}.
 */
public record AccountValueQuery(LocalDate from, LocalDate to, int limit) {

  /** The first and last day a list may reach: four-digit years, as dates are written. */
  public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

  public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  public AccountValueQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("a page holds at least one value");
    }
  }
}
