package com.finflow.personal;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;

/** The rates of one currency against every other on a day, as {@link CrossRates} computes them. */
public final class GetRates {

  private final ReferenceRates rates;

  public GetRates(ReferenceRates rates) {
    this.rates = rates;
  }

  public RatesOfDay on(IsoCurrency base, LocalDate date) {
    DailyRates day =
        rates.latestOnOrBefore(date).orElseThrow(() -> new NoRatesForDate(base.code(), date));
    SortedMap<String, String> published = new TreeMap<>();
    CrossRates.forBase(base.code(), day)
        .orElseThrow(() -> new NoRatesForDate(base.code(), date))
        .forEach((code, rate) -> published.put(code, rate.toPlainString()));
    return new RatesOfDay(base.code(), date, day.published(), published);
  }
}
