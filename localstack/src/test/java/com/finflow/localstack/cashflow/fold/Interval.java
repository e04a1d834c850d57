package com.finflow.localstack.cashflow.fold;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Calendar intervals of the balances answer: ISO weeks from Monday, months, quarters, years. */
public enum Interval {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  LocalDate startOf(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER ->
          day.withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  LocalDate endOf(LocalDate day) {
    LocalDate start = startOf(day);
    return switch (this) {
      case DAY -> start;
      case WEEK -> start.plusDays(6);
      case MONTH -> start.plusMonths(1).minusDays(1);
      case QUARTER -> start.plusMonths(3).minusDays(1);
      case YEAR -> start.plusYears(1).minusDays(1);
    };
  }
}
