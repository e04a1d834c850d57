package com.finflow.cashflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Every rate period of an organization: which rate is in force for a currency on a day. */
public final class RateBook {

  public static final String EUR = "EUR";

  private final Map<String, NavigableMap<LocalDate, ExchangeRate>> periods = new HashMap<>();

  public RateBook(Collection<ExchangeRate> rates) {
    rates.forEach(
        rate ->
            periods.computeIfAbsent(rate.currency(), c -> new TreeMap<>()).put(rate.start(), rate));
  }

  /** The EUR rate in force for the currency on the day; EUR is always 1. */
  public Optional<BigDecimal> eurRate(String currency, LocalDate day) {
    if (EUR.equals(currency)) {
      return Optional.of(BigDecimal.ONE);
    }
    return in(currency, day).map(ExchangeRate::eurRate);
  }

  /** The period in force for the currency on the day. */
  public Optional<ExchangeRate> in(String currency, LocalDate day) {
    NavigableMap<LocalDate, ExchangeRate> ofCurrency = periods.get(currency);
    return ofCurrency == null
        ? Optional.empty()
        : Optional.ofNullable(ofCurrency.floorEntry(day)).map(Map.Entry::getValue);
  }

  /** The period starting exactly on {@code start}. */
  public Optional<ExchangeRate> startingOn(String currency, LocalDate start) {
    return Optional.ofNullable(periods.getOrDefault(currency, new TreeMap<>()).get(start));
  }

  /** The first day after {@code day} on which another period of the currency starts. */
  public Optional<LocalDate> nextStartAfter(String currency, LocalDate day) {
    NavigableMap<LocalDate, ExchangeRate> ofCurrency = periods.get(currency);
    return ofCurrency == null ? Optional.empty() : Optional.ofNullable(ofCurrency.higherKey(day));
  }

  /** The day the currency's first period starts: from then on some rate is in force. */
  public Optional<LocalDate> firstStart(String currency) {
    NavigableMap<LocalDate, ExchangeRate> ofCurrency = periods.get(currency);
    return ofCurrency == null || ofCurrency.isEmpty()
        ? Optional.empty()
        : Optional.of(ofCurrency.firstKey());
  }
}
