package com.finflow.personal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A security's daily or weekly prices over a range, from the cache or fetched once. */
public final class GetPrices {

  private final SecurityDirectory directory;
  private final SecurityPrices prices;
  private final Clock clock;

  public GetPrices(SecurityDirectory directory, SecurityPrices prices, Clock clock) {
    this.directory = directory;
    this.prices = prices;
    this.clock = clock;
  }

  public PriceHistory of(PriceQuery query) {
    Security security =
        directory.find(query.symbol()).orElseThrow(() -> new NoSuchSecurity(query.symbol()));
    List<DailyBar> daily = prices.daily(security.symbol(), query.from(), query.to());
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    int expected = weekdays(query.from(), query.to().isAfter(today) ? today : query.to());
    Optional<BigDecimal> completeness =
        expected == 0
            ? Optional.empty()
            : Optional.of(
                BigDecimal.valueOf(daily.size())
                    .divide(BigDecimal.valueOf(expected), 4, RoundingMode.HALF_EVEN));
    List<DailyBar> bars = query.interval() == PriceInterval.WEEK ? weekly(daily) : daily;
    return new PriceHistory(
        security,
        query.from(),
        query.to(),
        query.interval(),
        bars,
        expected,
        daily.size(),
        completeness);
  }

  static int weekdays(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        count++;
      }
    }
    return count;
  }

  /**
   * One bar per ISO week, dated its Monday: the first day's open, the last day's close, the highest
   * high, the lowest low and the volumes summed.
   */
  static List<DailyBar> weekly(List<DailyBar> daily) {
    List<DailyBar> weeks = new ArrayList<>();
    for (DailyBar bar : daily) {
      LocalDate monday = bar.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      if (!weeks.isEmpty() && weeks.getLast().date().equals(monday)) {
        DailyBar week = weeks.removeLast();
        weeks.add(
            new DailyBar(
                monday,
                week.open(),
                week.high().max(bar.high()),
                week.low().min(bar.low()),
                bar.close(),
                week.volume() + bar.volume()));
      } else {
        weeks.add(
            new DailyBar(monday, bar.open(), bar.high(), bar.low(), bar.close(), bar.volume()));
      }
    }
    return weeks;
  }
}
