package com.finflow.personal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A security's bars over a range, and how complete they are: the trading days that have a bar
 * ({@code presentDays}) over the days expected to have one ({@code expectedDays}: the weekdays from
 * {@code from} to {@code to} or today, whichever is sooner). Exchange holidays are not known, so a
 * complete history reads a little under 1.
 */
public record PriceHistory(
    Security security,
    LocalDate from,
    LocalDate to,
    PriceInterval interval,
    List<DailyBar> bars,
    int expectedDays,
    int presentDays,
    Optional<BigDecimal> completeness) {}
