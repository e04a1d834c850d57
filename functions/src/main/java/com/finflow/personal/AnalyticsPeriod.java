package com.finflow.personal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The calendar periods analytics group days by; weeks are ISO weeks, from Monday. */
public enum AnalyticsPeriod {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AnalyticsPeriod> of(String wireName) {
    return Arrays.stream(values()).filter(p -> p.wireName().equals(wireName)).findFirst();
  }

  /** The periods meeting {@code from..to} (inclusive), each clipped to it, in order. */
  public List<Span> spans(LocalDate from, LocalDate to) {
    List<Span> spans = new ArrayList<>();
    for (LocalDate start = from; !start.isAfter(to); ) {
      LocalDate end = lastDayOf(start);
      spans.add(new Span(start, end.isAfter(to) ? to : end));
      start = end.plusDays(1);
    }
    return spans;
  }

  private LocalDate lastDayOf(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
      case YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
    };
  }

  /** One period, clipped to the window. */
  public record Span(LocalDate start, LocalDate end) {}
}
