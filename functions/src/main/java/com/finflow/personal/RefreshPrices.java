package com.finflow.personal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The scheduled refresh: fetches the current month again for every symbol used in the last month,
 * so a portfolio valued today finds yesterday's close already kept. A symbol whose fetch fails is
 * left for the next run; the others go on.
 */
public final class RefreshPrices {

  static final Duration IN_USE = Duration.ofDays(31);

  private final PriceMonths cache;
  private final SecurityPrices prices;
  private final Clock clock;

  public RefreshPrices(PriceMonths cache, SecurityPrices prices, Clock clock) {
    this.cache = cache;
    this.prices = prices;
    this.clock = clock;
  }

  /** What one run did. */
  public record Outcome(List<String> refreshed, List<String> skipped, List<String> failed) {}

  public Outcome run() {
    List<String> refreshed = new java.util.ArrayList<>();
    List<String> skipped = new java.util.ArrayList<>();
    List<String> failed = new java.util.ArrayList<>();
    for (String symbol : cache.watched(clock.instant().minus(IN_USE))) {
      try {
        (prices.refreshCurrentMonth(symbol) ? refreshed : skipped).add(symbol);
      } catch (com.finflow.shared.failure.UpstreamFailed e) {
        failed.add(symbol);
      }
    }
    return new Outcome(refreshed, skipped, failed);
  }
}
