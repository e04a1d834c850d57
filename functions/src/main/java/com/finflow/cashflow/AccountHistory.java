package com.finflow.cashflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One account's balance over time, computed from its opening balance, its totals (per month) and
 * the month aggregates read for the days that need them. A whole month is read from the totals;
 * only a month cut by the window needs its days.
 */
final class AccountHistory {

  private final long opening;
  private final Figures totals;
  private final Map<YearMonth, Figures> months;

  AccountHistory(long opening, Figures totals, Map<YearMonth, Figures> months) {
    this.opening = opening;
    this.totals = totals;
    this.months = months;
  }

  long balance() {
    return opening + sum(totals, FigureNames.MONTH_IN) - sum(totals, FigureNames.MONTH_OUT);
  }

  /** The balance at the start of the day. */
  long balanceBefore(LocalDate day) {
    YearMonth month = YearMonth.from(day);
    long balance = opening;
    for (Map.Entry<String, Long> in : totals.startingWith(FigureNames.MONTH_IN).entrySet()) {
      if (YearMonth.parse(in.getKey().substring(1)).isBefore(month)) {
        balance += in.getValue();
      }
    }
    for (Map.Entry<String, Long> out : totals.startingWith(FigureNames.MONTH_OUT).entrySet()) {
      if (YearMonth.parse(out.getKey().substring(1)).isBefore(month)) {
        balance -= out.getValue();
      }
    }
    if (day.getDayOfMonth() > 1) {
      balance += in(month.atDay(1), day.minusDays(1)) - out(month.atDay(1), day.minusDays(1));
    }
    return balance;
  }

  /** The balance with every transaction up to and including the instant. */
  long balanceAt(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    long balance = balanceBefore(day);
    for (Map.Entry<Instant, Long> net :
        byInstant(month(YearMonth.from(day)), FigureNames.MOMENT_NET).entrySet()) {
      if (dayOf(net.getKey()).equals(day) && !net.getKey().isAfter(at)) {
        balance += net.getValue();
      }
    }
    return balance;
  }

  long in(LocalDate start, LocalDate end) {
    return flow(start, end, FigureNames::monthIn, FigureNames::dayIn);
  }

  long out(LocalDate start, LocalDate end) {
    return flow(start, end, FigureNames::monthOut, FigureNames::dayOut);
  }

  /**
   * Money this account received from another account of its company (or from itself): for the
   * company as a whole it is neither in nor out.
   */
  long receivedInside(LocalDate start, LocalDate end) {
    return flow(start, end, FigureNames::monthInside, FigureNames::dayInside);
  }

  /** The latest month with a counted transaction. */
  Optional<YearMonth> latestMonth() {
    return totals.startingWith(FigureNames.MONTH_COUNT).entrySet().stream()
        .filter(count -> count.getValue() > 0)
        .map(count -> YearMonth.parse(count.getKey().substring(1)))
        .max(YearMonth::compareTo);
  }

  /** The latest instant of a counted transaction in the month. */
  Optional<Instant> latestIn(YearMonth month) {
    return latest(month(month), instant -> true);
  }

  private static Optional<Instant> latest(Figures figures, Predicate<Instant> among) {
    return byInstant(figures, FigureNames.MOMENT_COUNT).entrySet().stream()
        .filter(count -> count.getValue() > 0 && among.test(count.getKey()))
        .map(Map.Entry::getKey)
        .max(Instant::compareTo);
  }

  /** The figures of one kind per instant, whichever way each name spells it. */
  private static Map<Instant, Long> byInstant(Figures figures, String kind) {
    Map<Instant, Long> byInstant = new HashMap<>();
    figures
        .startingWith(kind)
        .forEach(
            (name, value) -> {
              if (!FigureNames.isOfADay(name)) {
                byInstant.merge(FigureNames.momentOf(name), value, Math::addExact);
              }
            });
    return byInstant;
  }

  private static LocalDate dayOf(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  /** Whether some of the month's figures were written to its day items. */
  boolean spilled(YearMonth month) {
    return totals.get(FigureNames.spilled(month)) > 0;
  }

  /**
   * The latest instant of a counted transaction on the day, from the month as read and that day's
   * own item: an instant counted in one and withdrawn in the other is not counted.
   */
  Optional<Instant> latestOn(LocalDate day, Figures dayItem) {
    Figures both = Figures.of(month(YearMonth.from(day)).startingWith(FigureNames.MOMENT_COUNT));
    both.addAll(Figures.of(dayItem.startingWith(FigureNames.MOMENT_COUNT)));
    return latest(both, instant -> dayOf(instant).equals(day));
  }

  /** The months a period needs read day by day: those it does not cover whole. */
  static void monthsCutBy(LocalDate start, LocalDate end, Set<YearMonth> into) {
    for (YearMonth month = YearMonth.from(start);
        !month.isAfter(YearMonth.from(end));
        month = month.plusMonths(1)) {
      boolean whole = !start.isAfter(month.atDay(1)) && !end.isBefore(month.atEndOfMonth());
      if (!whole) {
        into.add(month);
      }
    }
  }

  private long flow(
      LocalDate start,
      LocalDate end,
      Function<YearMonth, String> wholeMonth,
      Function<LocalDate, String> oneDay) {
    long sum = 0;
    for (YearMonth month = YearMonth.from(start);
        !month.isAfter(YearMonth.from(end));
        month = month.plusMonths(1)) {
      LocalDate first = start.isAfter(month.atDay(1)) ? start : month.atDay(1);
      LocalDate last = end.isBefore(month.atEndOfMonth()) ? end : month.atEndOfMonth();
      if (first.equals(month.atDay(1)) && last.equals(month.atEndOfMonth())) {
        sum += totals.get(wholeMonth.apply(month));
      } else {
        Figures days = month(month);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
          sum += days.get(oneDay.apply(day));
        }
      }
    }
    return sum;
  }

  private Figures month(YearMonth month) {
    Figures figures = months.get(month);
    if (figures == null) {
      throw new IllegalStateException("month " + month + " was not read");
    }
    return figures;
  }

  private static long sum(Figures figures, String prefix) {
    return figures.startingWith(prefix).values().stream().mapToLong(Long::longValue).sum();
  }
}
