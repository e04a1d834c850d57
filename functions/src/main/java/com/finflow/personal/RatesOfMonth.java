package com.finflow.personal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The publications of one month, with the last one kept before it: enough to find the rates of any
 * day of the month, weekends and holidays at its start included, from one read.
 */
public record RatesOfMonth(YearMonth month, NavigableMap<LocalDate, DailyRates> publications) {

  public RatesOfMonth {
    publications = Collections.unmodifiableNavigableMap(new TreeMap<>(publications));
  }

  /** The last publication on or before {@code day}, which must fall in this month. */
  public Optional<DailyRates> latestOnOrBefore(LocalDate day) {
    if (!YearMonth.from(day).equals(month)) {
      throw new IllegalArgumentException(day + " is not in " + month);
    }
    return Optional.ofNullable(publications.floorEntry(day)).map(Map.Entry::getValue);
  }
}
