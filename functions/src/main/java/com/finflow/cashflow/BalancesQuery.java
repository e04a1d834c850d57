package com.finflow.cashflow;

import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A balance series: {@code from} to {@code to} inclusive, at most {@value #MAX_YEARS} years, per
 * interval, for the company or one of its accounts.
 */
public record BalancesQuery(
    String companyId, LocalDate from, LocalDate to, Interval interval, Optional<String> account) {

  public static final int MAX_YEARS = 10;

  public BalancesQuery {
    checkWindow(from, to);
  }

  /** Refuses a window whose end comes before its start, or lasts {@value #MAX_YEARS} years. */
  static void checkWindow(LocalDate from, LocalDate to) {
    List<FieldError> errors = new ArrayList<>();
    if (from.isAfter(to)) {
      errors.add(new FieldError("/query/to", "must not be before from"));
    } else if (!to.isBefore(from.plusYears(MAX_YEARS))) {
      errors.add(
          new FieldError("/query/to", "must be less than " + MAX_YEARS + " years after from"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
