package com.finflow.personal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Reference rates kept in memory, for use-case tests. */
public final class InMemoryReferenceRates implements ReferenceRates {

  private final ConcurrentSkipListMap<LocalDate, DailyRates> days = new ConcurrentSkipListMap<>();

  @Override
  public Optional<DailyRates> latestOnOrBefore(LocalDate day) {
    return Optional.ofNullable(days.floorEntry(day)).map(Map.Entry::getValue);
  }

  @Override
  public RatesOfMonth month(YearMonth month) {
    LocalDate first = month.atDay(1);
    NavigableMap<LocalDate, DailyRates> publications =
        new TreeMap<>(days.subMap(first, true, month.atEndOfMonth(), true));
    Optional.ofNullable(days.lowerEntry(first))
        .ifPresent(before -> publications.put(before.getKey(), before.getValue()));
    return new RatesOfMonth(month, publications);
  }

  @Override
  public Optional<LocalDate> newest() {
    return days.isEmpty() ? Optional.empty() : Optional.of(days.lastKey());
  }

  @Override
  public void saveAll(List<DailyRates> publications) {
    publications.forEach(day -> days.put(day.published(), day));
  }
}
