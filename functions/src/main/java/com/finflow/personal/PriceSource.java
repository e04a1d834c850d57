package com.finflow.personal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where securities and their daily prices come from: a market-data provider, or the local stack's
 * sandbox. Each call is a request to the provider; callers keep what it answers. Every method
 * throws {@link com.finflow.shared.failure.UpstreamFailed} when the provider cannot answer.
 */
public interface PriceSource {

  /** Securities whose symbol or name matches the words, best match first. */
  List<Security> search(String words);

  /** The security with exactly this symbol; empty when the provider knows none. */
  Optional<Security> find(String symbol);

  /**
   * The symbol's bars from {@code from} to {@code to}, both included, oldest first; days without
   * trading have none. Empty for a symbol the provider does not know.
   */
  List<DailyBar> daily(String symbol, LocalDate from, LocalDate to);
}
