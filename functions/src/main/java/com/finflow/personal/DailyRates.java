package com.finflow.personal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The euro reference rates of one publication day: how many units of each currency one euro buys,
 * exactly as the source published them. The euro itself is not listed.
 */
public record DailyRates(LocalDate published, SortedMap<String, BigDecimal> perEuro) {

  public DailyRates {
    perEuro = Collections.unmodifiableSortedMap(new TreeMap<>(perEuro));
  }

  public static DailyRates of(LocalDate published, Map<String, BigDecimal> perEuro) {
    return new DailyRates(published, new TreeMap<>(perEuro));
  }
}
