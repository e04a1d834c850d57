package com.finflow.personal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs on a schedule: keeps every publication of the source since the newest one kept (or since
 * {@code historyFrom} on the first run). Safe to repeat and to run twice at once: a day is kept
 * under its date, with the content the source published for it.
 */
public final class RefreshRates {

  public record Outcome(int kept, Optional<LocalDate> newest) {}

  private final FxSource source;
  private final ReferenceRates rates;
  private final LocalDate historyFrom;

  public RefreshRates(FxSource source, ReferenceRates rates, LocalDate historyFrom) {
    this.source = source;
    this.rates = rates;
    this.historyFrom = historyFrom;
  }

  public Outcome refresh() {
    LocalDate since = rates.newest().map(day -> day.plusDays(1)).orElse(historyFrom);
    List<DailyRates> fresh =
        source.publishedSince(since).stream()
            .filter(day -> !day.published().isBefore(since))
            .sorted(Comparator.comparing(DailyRates::published))
            .toList();
    rates.saveAll(fresh);
    return new Outcome(
        fresh.size(), fresh.isEmpty() ? rates.newest() : Optional.of(fresh.getLast().published()));
  }
}
