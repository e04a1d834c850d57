package com.finflow.cashflow;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many counted rows of a currency converted on each day, and, per stored part of that count,
 * how many writes it had when read: an addition that depends on the count requires those unchanged.
 */
public record CurrencyUsage(Map<LocalDate, Long> rowsPerDay, Map<String, Long> writesPerPart) {

  public CurrencyUsage {
    rowsPerDay = new TreeMap<>(rowsPerDay);
    writesPerPart = Map.copyOf(writesPerPart);
  }

  /** Usage nobody read: an addition that covers only days without a rate needs none. */
  public static CurrencyUsage unread() {
    return new CurrencyUsage(Map.of(), Map.of());
  }
}
