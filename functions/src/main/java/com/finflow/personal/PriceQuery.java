package com.finflow.personal;

import java.time.LocalDate;

/** {@code GET /securities/{symbol}/prices}: a symbol's bars over days, by day or by week. */
public record PriceQuery(String symbol, LocalDate from, LocalDate to, PriceInterval interval) {

  /** About ten years of days: the most one request reads from the cache. */
  public static final long MAX_DAYS = 3_660;

  public PriceQuery {
    if (to.isBefore(from) || java.time.temporal.ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new IllegalArgumentException("a price query covers 1 to " + MAX_DAYS + " days");
    }
  }
}
