package com.finflow.localstack.cashflow;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Exchange rates for every currency but EUR: from the dataset's first day, then two or three later
 * periods, each drifting a few percent; one currency (SGD) has a single rate for all dates, to
 * exercise a rate without {@code valid_from}.
 */
final class RateSchedule {

  /** What one EUR buys in USD, to derive each {@code usd_rate}. */
  private static final BigDecimal USD_PER_EUR = new BigDecimal("1.0875");

  private static final String UNDATED = "SGD";

  private RateSchedule() {}

  static List<ExchangeRate> of(LocalDate firstDay, LocalDate lastDay, SplittableRandom draw) {
    long days = ChronoUnit.DAYS.between(firstDay, lastDay);
    List<ExchangeRate> rates = new ArrayList<>();
    for (SwiftCurrency currency : SwiftCurrency.ALL) {
      if (currency.isEuro()) {
        continue;
      }
      BigDecimal eur = currency.startingEurRate();
      if (currency.code().equals(UNDATED)) {
        rates.add(rate(currency, eur, Optional.empty()));
        continue;
      }
      rates.add(rate(currency, eur, Optional.of(firstDay)));
      int later = 2 + draw.nextInt(2);
      long previous = 0;
      for (int period = 1; period <= later; period++) {
        long from = previous + 1 + draw.nextLong(days * period / later - previous);
        previous = from;
        // A drift of -5.0% to +5.0% in steps of 0.1%.
        BigDecimal drift = BigDecimal.valueOf(950 + draw.nextInt(101), 3);
        eur = eur.multiply(drift).round(new MathContext(6, RoundingMode.HALF_EVEN));
        rates.add(rate(currency, eur, Optional.of(firstDay.plusDays(from))));
      }
    }
    return rates;
  }

  private static ExchangeRate rate(
      SwiftCurrency currency, BigDecimal eur, Optional<LocalDate> validFrom) {
    BigDecimal usd = eur.multiply(USD_PER_EUR).round(new MathContext(6, RoundingMode.HALF_EVEN));
    return new ExchangeRate(
        currency.code(), eur.stripTrailingZeros(), usd.stripTrailingZeros(), validFrom);
  }
}
