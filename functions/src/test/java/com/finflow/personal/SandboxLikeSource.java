package com.finflow.personal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A price source for use-case tests: a bar every weekday whose close is the day of the month plus a
 * per-symbol base, every call recorded, an optional delay so concurrent callers overlap, and
 * failures on demand.
 */
final class SandboxLikeSource implements PriceSource {

  record Call(String symbol, LocalDate from, LocalDate to) {}

  static final Map<String, Security> KNOWN =
      Map.of(
          "IBM",
              new Security(
                  "IBM", "International Business Machines", "Equity", "United States", "USD"),
          "SAP.DEX", new Security("SAP.DEX", "SAP SE", "Equity", "XETRA", "EUR"),
          "7203.TYO", new Security("7203.TYO", "Toyota Motor Corp", "Equity", "Tokyo", "JPY"));

  final List<Call> calls = new CopyOnWriteArrayList<>();
  final AtomicInteger searches = new AtomicInteger();
  volatile long delayMillis;
  volatile int failuresLeft;

  static BigDecimal close(String symbol, LocalDate day) {
    return BigDecimal.valueOf(100L * (symbol.length()) + day.getDayOfMonth(), 2)
        .add(BigDecimal.TEN);
  }

  @Override
  public List<Security> search(String words) {
    searches.incrementAndGet();
    return KNOWN.values().stream()
        .filter(
            s ->
                s.symbol().toLowerCase().startsWith(words)
                    || s.name().toLowerCase().contains(words))
        .sorted(java.util.Comparator.comparing(Security::symbol))
        .toList();
  }

  @Override
  public Optional<Security> find(String symbol) {
    searches.incrementAndGet();
    return Optional.ofNullable(KNOWN.get(symbol.toUpperCase()));
  }

  @Override
  public List<DailyBar> daily(String symbol, LocalDate from, LocalDate to) {
    calls.add(new Call(symbol, from, to));
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new com.finflow.shared.failure.UpstreamFailed("the sandbox answered 503");
    }
    List<DailyBar> bars = new ArrayList<>();
    if (!KNOWN.containsKey(symbol)) {
      return bars;
    }
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        BigDecimal close = close(symbol, day);
        bars.add(
            new DailyBar(
                day,
                close,
                close.add(BigDecimal.ONE),
                close.subtract(BigDecimal.ONE),
                close,
                1_000));
      }
    }
    return bars;
  }
}
