package com.finflow.personal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Analytics from a view's entries: exact sums in minor units, decimals only at the end. */
final class AnalyticsFold {

  private AnalyticsFold() {}

  /** A count and what came in and went out, in minor units. */
  private static final class Figures {
    long count;
    long credits;
    BigInteger in = BigInteger.ZERO;
    BigInteger out = BigInteger.ZERO;

    void add(ViewEntry entry) {
      count += entry.credits() + entry.debits();
      credits += entry.credits();
      in = in.add(entry.creditMinor());
      out = out.add(entry.debitMinor());
    }

    void add(Figures other) {
      count += other.count;
      credits += other.credits;
      in = in.add(other.in);
      out = out.add(other.out);
    }

    BigInteger moved() {
      return in.add(out);
    }
  }

  static AnalyticsReport report(
      AnalyticsQuery query,
      String currency,
      Optional<Instant> asOf,
      boolean fresh,
      long unconverted,
      List<ViewEntry> entries) {
    int scale = Currencies.of(currency).orElseThrow().minorUnits();
    Figures all = new Figures();
    TreeMap<LocalDate, Figures> days = new TreeMap<>();
    Map<String, Figures> categories = new TreeMap<>();
    for (ViewEntry entry : entries) {
      if (entry.day().isBefore(query.from())
          || entry.day().isAfter(query.to())
          || query.account().map(account -> !account.equals(entry.account())).orElse(false)) {
        continue;
      }
      all.add(entry);
      days.computeIfAbsent(entry.day(), d -> new Figures()).add(entry);
      categories.computeIfAbsent(entry.category(), c -> new Figures()).add(entry);
    }
    Optional<AnalyticsReport.DayCount> byCount = Optional.empty();
    Optional<AnalyticsReport.DayAmount> byAmount = Optional.empty();
    Figures busiest = null;
    Figures largest = null;
    // Ascending days, strictly greater: ties go to the earliest day.
    for (Map.Entry<LocalDate, Figures> day : days.entrySet()) {
      Figures figures = day.getValue();
      if (figures.count == 0) {
        continue;
      }
      if (busiest == null || figures.count > busiest.count) {
        busiest = figures;
        byCount = Optional.of(new AnalyticsReport.DayCount(day.getKey(), figures.count));
      }
      if (largest == null || figures.moved().compareTo(largest.moved()) > 0) {
        largest = figures;
        byAmount =
            Optional.of(
                new AnalyticsReport.DayAmount(day.getKey(), decimal(figures.moved(), scale)));
      }
    }
    List<AnalyticsReport.PeriodFigures> periods = new ArrayList<>();
    for (AnalyticsPeriod.Span span : query.period().spans(query.from(), query.to())) {
      Figures period = new Figures();
      days.subMap(span.start(), true, span.end(), true).values().forEach(period::add);
      periods.add(
          new AnalyticsReport.PeriodFigures(
              span.start(),
              span.end(),
              period.count,
              decimal(period.in, scale),
              decimal(period.out, scale)));
    }
    List<AnalyticsReport.CategoryFigures> byCategory = new ArrayList<>();
    categories.forEach(
        (name, figures) ->
            byCategory.add(
                new AnalyticsReport.CategoryFigures(
                    name, figures.count, decimal(figures.in, scale), decimal(figures.out, scale))));
    return new AnalyticsReport(
        query.from(),
        query.to(),
        query.period().wireName(),
        currency,
        asOf,
        fresh,
        unconverted,
        all.count,
        mean(all.moved(), all.count, scale),
        mean(all.in, all.credits, scale),
        mean(all.out, all.count - all.credits, scale),
        byCount,
        byAmount,
        periods,
        byCategory);
  }

  /** The mean, rounded half-even to the currency's minor unit; none of nothing. */
  private static Optional<String> mean(BigInteger minor, long count, int scale) {
    return count == 0
        ? Optional.empty()
        : Optional.of(
            new BigDecimal(minor, scale)
                .divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_EVEN)
                .toPlainString());
  }

  private static String decimal(BigInteger minor, int scale) {
    return new BigDecimal(minor, scale).toPlainString();
  }
}
