package com.finflow.personal;

import com.finflow.shared.failure.UpstreamFailed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Daily prices through the shared cache, fetched from the source at most once per symbol and day
 * while the cache keeps them fresh, however many requests ask at once (single flight). Months are
 * the unit: a request claims the missing months nobody else is fetching, fetches each run of
 * consecutive claimed months in one call, and waits for the months others claimed.
 */
public final class SecurityPrices {

  /** A month that has ended a week ago is settled: its prices are kept a month. */
  static final Duration SETTLED_FRESHNESS = Duration.ofDays(30);

  /** The current month gains a bar each trading day: kept until the next scheduled refresh. */
  static final Duration CURRENT_FRESHNESS = Duration.ofHours(6);

  static final Duration CLAIM = Duration.ofSeconds(30);
  static final Duration PATIENCE = Duration.ofSeconds(25);
  static final Duration POLL = Duration.ofMillis(100);

  private final PriceSource source;
  private final PriceMonths cache;
  private final Clock clock;
  private final Pause pause;

  public SecurityPrices(PriceSource source, PriceMonths cache, Clock clock) {
    this(source, cache, clock, Thread::sleep);
  }

  SecurityPrices(PriceSource source, PriceMonths cache, Clock clock, Pause pause) {
    this.source = source;
    this.cache = cache;
    this.clock = clock;
    this.pause = pause;
  }

  /** How a waiting request lets time pass: a real sleep, or a test's clock. */
  @FunctionalInterface
  interface Pause {
    void sleep(long millis) throws InterruptedException;
  }

  /**
   * The symbol's bars from {@code from} to {@code to} (both included, up to today), oldest first.
   */
  public List<DailyBar> daily(String symbol, LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate last = to.isAfter(today) ? today : to;
    if (from.isAfter(last)) {
      return List.of();
    }
    List<YearMonth> months = monthsOf(from, last);
    Map<YearMonth, PriceMonths.PriceMonth> kept = fresh(symbol, months);
    Instant deadline = clock.instant().plus(PATIENCE);
    String claimant = UUID.randomUUID().toString();
    while (kept.size() < months.size()) {
      Instant now = clock.instant();
      List<YearMonth> claimed = new ArrayList<>();
      for (YearMonth month : months) {
        if (!kept.containsKey(month)
            && cache.claim(symbol, month, claimant, now, now.plus(CLAIM), false)) {
          claimed.add(month);
        }
      }
      if (!claimed.isEmpty()) {
        cache.watch(symbol, now);
        fetch(symbol, claimed, claimant, today);
      } else if (now.isAfter(deadline)) {
        throw new UpstreamFailed(
            "the prices of " + symbol + " are still being fetched; try again shortly");
      } else {
        sleep();
      }
      kept = fresh(symbol, months);
    }
    List<DailyBar> bars = new ArrayList<>();
    for (YearMonth month : months) {
      for (DailyBar bar : kept.get(month).bars()) {
        if (!bar.date().isBefore(from) && !bar.date().isAfter(last)) {
          bars.add(bar);
        }
      }
    }
    return bars;
  }

  /**
   * Fetches the current month again whatever its freshness, unless someone is fetching it: what the
   * scheduled refresh does for every symbol in use.
   */
  public boolean refreshCurrentMonth(String symbol) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    YearMonth month = YearMonth.from(today);
    String claimant = UUID.randomUUID().toString();
    if (!cache.claim(symbol, month, claimant, now, now.plus(CLAIM), true)) {
      return false;
    }
    fetch(symbol, List.of(month), claimant, today);
    return true;
  }

  private void fetch(String symbol, List<YearMonth> claimed, String claimant, LocalDate today) {
    for (List<YearMonth> run : runsOf(claimed)) {
      YearMonth first = run.getFirst();
      YearMonth end = run.getLast();
      LocalDate to = end.atEndOfMonth().isAfter(today) ? today : end.atEndOfMonth();
      List<DailyBar> bars;
      try {
        bars = source.daily(symbol, first.atDay(1), to);
      } catch (RuntimeException e) {
        run.forEach(month -> cache.release(symbol, month, claimant));
        throw e;
      }
      Instant now = clock.instant();
      for (YearMonth month : run) {
        List<DailyBar> ofMonth =
            bars.stream().filter(bar -> YearMonth.from(bar.date()).equals(month)).toList();
        cache.keep(symbol, month, ofMonth, now.plus(freshnessOf(month, today)));
      }
    }
  }

  static Duration freshnessOf(YearMonth month, LocalDate today) {
    return month.atEndOfMonth().plusDays(7).isBefore(today) ? SETTLED_FRESHNESS : CURRENT_FRESHNESS;
  }

  private Map<YearMonth, PriceMonths.PriceMonth> fresh(String symbol, List<YearMonth> months) {
    Instant now = clock.instant();
    Map<YearMonth, PriceMonths.PriceMonth> kept = new java.util.HashMap<>();
    cache
        .read(symbol, months)
        .forEach(
            (month, entry) -> {
              if (entry.freshAt(now)) {
                kept.put(month, entry);
              }
            });
    return kept;
  }

  private void sleep() {
    try {
      pause.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpstreamFailed("interrupted while waiting for prices");
    }
  }

  static List<YearMonth> monthsOf(LocalDate from, LocalDate to) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(from);
        !month.isAfter(YearMonth.from(to));
        month = month.plusMonths(1)) {
      months.add(month);
    }
    return months;
  }

  /** Consecutive months grouped, in order: each group is one call to the source. */
  static List<List<YearMonth>> runsOf(List<YearMonth> months) {
    List<List<YearMonth>> runs = new ArrayList<>();
    for (YearMonth month : months) {
      if (!runs.isEmpty() && runs.getLast().getLast().plusMonths(1).equals(month)) {
        runs.getLast().add(month);
      } else {
        runs.add(new ArrayList<>(List.of(month)));
      }
    }
    return runs;
  }
}
