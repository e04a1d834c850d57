package com.finflow.cashflow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A calendar interval of a balance series: ISO weeks start on Monday. */
public enum Interval {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  public static Optional<Interval> of(String text) {
    for (Interval interval : values()) {
      if (interval.label().equals(text)) {
        return Optional.of(interval);
      }
    }
    return Optional.empty();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The intervals meeting {@code from..to} (inclusive), clipped to it. */
  public List<Period> periods(LocalDate from, LocalDate to) {
    List<Period> periods = new ArrayList<>();
    LocalDate start = from;
    while (!start.isAfter(to)) {
      LocalDate end = endOf(start);
      periods.add(new Period(start, end.isAfter(to) ? to : end));
      start = end.plusDays(1);
    }
    return periods;
  }

  private LocalDate endOf(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
      case QUARTER ->
          day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 3)
              .with(TemporalAdjusters.lastDayOfMonth());
      case YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
    };
  }

  /** Days {@code start} to {@code end}, both inclusive. */
  public record Period(LocalDate start, LocalDate end) {}
}
