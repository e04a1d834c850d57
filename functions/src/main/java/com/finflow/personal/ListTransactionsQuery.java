package com.finflow.personal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A validated list request: filters, where the page starts (after the id a cursor named) and how
 * many items at most. {@code from} and {@code to} are the user's own calendar days, inclusive.
 */
public record ListTransactionsQuery(
    Optional<String> accountId,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> category,
    Optional<Direction> direction,
    Optional<BigDecimal> minAmount,
    Optional<BigDecimal> maxAmount,
    Optional<String> after,
    int limit) {

  public static final int MAX_LIMIT = 500;
  public static final int DEFAULT_LIMIT = 100;
}
