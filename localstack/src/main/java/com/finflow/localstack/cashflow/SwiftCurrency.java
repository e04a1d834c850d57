package com.finflow.localstack.cashflow;

import java.math.BigDecimal;
import java.util.List;

/**
 * A currency of the SWIFT feed: its minor-unit scale, the share of SWIFT rows in it (per mille),
 * and what one unit was worth in EUR when the dataset starts.
 */
record SwiftCurrency(String code, int scale, int perMille, BigDecimal startingEurRate) {

  static final List<SwiftCurrency> ALL =
      List.of(
          new SwiftCurrency("EUR", 2, 300, BigDecimal.ONE),
          new SwiftCurrency("USD", 2, 250, new BigDecimal("0.918450")),
          new SwiftCurrency("GBP", 2, 100, new BigDecimal("1.163210")),
          new SwiftCurrency("CHF", 2, 60, new BigDecimal("1.042870")),
          new SwiftCurrency("JPY", 0, 60, new BigDecimal("0.00623415")),
          new SwiftCurrency("CNY", 2, 50, new BigDecimal("0.127460")),
          new SwiftCurrency("SEK", 2, 30, new BigDecimal("0.087915")),
          new SwiftCurrency("PLN", 2, 30, new BigDecimal("0.231580")),
          new SwiftCurrency("BRL", 2, 30, new BigDecimal("0.183640")),
          new SwiftCurrency("INR", 2, 30, new BigDecimal("0.011072")),
          new SwiftCurrency("SGD", 2, 30, new BigDecimal("0.684210")),
          new SwiftCurrency("BHD", 3, 30, new BigDecimal("2.436110")));

  static SwiftCurrency of(String code) {
    return ALL.stream()
        .filter(currency -> currency.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no SWIFT currency " + code));
  }

  boolean isEuro() {
    return code.equals("EUR");
  }
}
