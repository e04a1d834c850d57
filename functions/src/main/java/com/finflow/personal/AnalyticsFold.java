package com.finflow.personal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Analytics from a view's entries: sums in minor units, decimals only at the end. */
final class AnalyticsFold {

  private AnalyticsFold() {}

  static AnalyticsReport report(
      AnalyticsQuery query,
      String currency,
      Optional<Instant> asOf,
      boolean fresh,
      List<ViewEntry> entries) {
    int scale = Currencies.of(currency).orElseThrow().minorUnits();
    long credits = 0;
    long creditMinor = 0;
    long debits = 0;
    long debitMinor = 0;
    // Per day: count and amount moved; per category: count, in, out.
    TreeMap<LocalDate, long[]> days = new TreeMap<>();
    Map<String, long[]> categories = new TreeMap<>();
    for (ViewEntry entry : entries) {
      if (entry.day().isBefore(query.from())
          || entry.day().isAfter(query.to())
          || query.account().map(account -> !account.equals(entry.account())).orElse(false)) {
        continue;
      }
      credits += entry.credits();
      creditMinor += entry.creditMinor();
      debits += entry.debits();
      debitMinor += entry.debitMinor();
      long[] day = days.computeIfAbsent(entry.day(), d -> new long[4]);
      day[0] += entry.credits() + entry.debits();
      day[1] += entry.creditMinor();
      day[2] += entry.debitMinor();
      long[] category = categories.computeIfAbsent(entry.category(), c -> new long[3]);
      category[0] += entry.credits() + entry.debits();
      category[1] += entry.creditMinor();
      category[2] += entry.debitMinor();
    }
    Optional<AnalyticsReport.DayCount> byCount = Optional.empty();
    Optional<AnalyticsReport.DayAmount> byAmount = Optional.empty();
    long mostTransactions = 0;
    long mostMoved = -1;
    // Ascending days, strictly greater: ties go to the earliest day.
    for (Map.Entry<LocalDate, long[]> day : days.entrySet()) {
      long[] figures = day.getValue();
      if (figures[0] > mostTransactions) {
        mostTransactions = figures[0];
        byCount = Optional.of(new AnalyticsReport.DayCount(day.getKey(), figures[0]));
      }
      if (figures[0] > 0 && figures[1] + figures[2] > mostMoved) {
        mostMoved = figures[1] + figures[2];
        byAmount =
            Optional.of(new AnalyticsReport.DayAmount(day.getKey(), decimal(mostMoved, scale)));
      }
    }
    List<AnalyticsReport.PeriodFigures> periods = new ArrayList<>();
    for (AnalyticsPeriod.Span span : query.period().spans(query.from(), query.to())) {
      long count = 0;
      long in = 0;
      long out = 0;
      for (long[] day : days.subMap(span.start(), true, span.end(), true).values()) {
        count += day[0];
        in += day[1];
        out += day[2];
      }
      periods.add(
          new AnalyticsReport.PeriodFigures(
              span.start(), span.end(), count, decimal(in, scale), decimal(out, scale)));
    }
    List<AnalyticsReport.CategoryFigures> byCategory = new ArrayList<>();
    categories.forEach(
        (name, figures) ->
            byCategory.add(
                new AnalyticsReport.CategoryFigures(
                    name, figures[0], decimal(figures[1], scale), decimal(figures[2], scale))));
    return new AnalyticsReport(
        query.from(),
        query.to(),
        query.period().wireName(),
        currency,
        asOf,
        fresh,
        credits + debits,
        mean(creditMinor + debitMinor, credits + debits, scale),
        mean(creditMinor, credits, scale),
        mean(debitMinor, debits, scale),
        byCount,
        byAmount,
        periods,
        byCategory);
  }

  /** The mean, rounded half-even to the currency's minor unit; none of nothing. */
  private static Optional<String> mean(long minor, long count, int scale) {
    return count == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(minor, scale)
                .divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_EVEN)
                .toPlainString());
  }

  private static String decimal(long minor, int scale) {
    return BigDecimal.valueOf(minor, scale).toPlainString();
  }
}
