package com.finflow.personal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rates against any base, from one day's euro reference rates. Against the euro they are the
 * published figures themselves; between two other currencies they go through the euro (the ECB
 * publishes no cross rates), divided to ten significant digits, half-even. The one rule for every
 * conversion Finflow makes, so a converted amount can be checked against the published rates.
 */
public final class CrossRates {

  static final MathContext PRECISION = new MathContext(10, RoundingMode.HALF_EVEN);

  private CrossRates() {}

  /**
   * Units of each other currency for one unit of {@code base}; empty when the day has no rate for
   * {@code base}.
   */
  public static Optional<SortedMap<String, BigDecimal>> forBase(String base, DailyRates day) {
    SortedMap<String, BigDecimal> perEuro = new TreeMap<>(day.perEuro());
    perEuro.put(Currencies.EURO, BigDecimal.ONE);
    BigDecimal basePerEuro = perEuro.get(base);
    if (basePerEuro == null) {
      return Optional.empty();
    }
    SortedMap<String, BigDecimal> rates = new TreeMap<>();
    perEuro.forEach(
        (code, unitsPerEuro) -> {
          if (!code.equals(base)) {
            rates.put(
                code,
                base.equals(Currencies.EURO)
                    ? unitsPerEuro
                    : unitsPerEuro.divide(basePerEuro, PRECISION).stripTrailingZeros());
          }
        });
    return Optional.of(rates);
  }

  /** One unit of {@code from} in {@code to}, by {@link #forBase}; 1 for the same currency. */
  public static Optional<BigDecimal> rate(String from, String to, DailyRates day) {
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    return forBase(from, day).map(rates -> rates.get(to));
  }
}
