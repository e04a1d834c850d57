package com.finflow.personal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The cache of daily prices, one entry per symbol and calendar month, shared by every function. A
 * month is fetched by whoever claims it first: the claim is what makes concurrent requests for the
 * same symbol and day cause one fetch, however many containers they reach.
 */
public interface PriceMonths {

  /** The entries kept for these months of the symbol, fresh or not; absent months are missing. */
  Map<YearMonth, PriceMonth> read(String symbol, Collection<YearMonth> months);

  /**
   * Claims the right to fetch the month until {@code until}: true when nobody holds a live claim
   * and the month is missing or stale at {@code now} (or, when {@code evenIfFresh}, whatever its
   * freshness). At most one caller holds a claim at a time.
   */
  boolean claim(
      String symbol,
      YearMonth month,
      String claimant,
      Instant now,
      Instant until,
      boolean evenIfFresh);

  /** Keeps the month's bars (possibly none) until {@code freshUntil}, ending the claim. */
  void keep(String symbol, YearMonth month, List<DailyBar> bars, Instant freshUntil);

  /** Gives the claim up without keeping anything (the fetch failed), so another may try. */
  void release(String symbol, YearMonth month, String claimant);

  /** Notes that the symbol's prices are in use, for the scheduled refresh. */
  void watch(String symbol, Instant usedAt);

  /** The symbols in use since {@code since}. */
  List<String> watched(Instant since);

  /** One cached month: its bars, oldest first, and until when they are fresh. */
  record PriceMonth(List<DailyBar> bars, Instant freshUntil) {

    public boolean freshAt(Instant now) {
      return now.isBefore(freshUntil);
    }
  }
}
