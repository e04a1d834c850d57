package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossRatesTest {

  // The ECB's publication of 3 March 2017.
  private static final DailyRates MARCH_3 =
      DailyRates.of(
          LocalDate.of(2017, 3, 3),
          Map.of(
              "USD", new BigDecimal("1.0565"),
              "JPY", new BigDecimal("120.83"),
              "GBP", new BigDecimal("0.86355"),
              "BRL", new BigDecimal("3.308")));

  @Test
  void againstTheEuroTheRatesAreThePublishedFiguresThemselves() {
    assertThat(CrossRates.forBase("EUR", MARCH_3).orElseThrow())
        .containsExactlyEntriesOf(
            new java.util.TreeMap<>(
                Map.of(
                    "BRL", new BigDecimal("3.308"),
                    "GBP", new BigDecimal("0.86355"),
                    "JPY", new BigDecimal("120.83"),
                    "USD", new BigDecimal("1.0565"))));
  }

  @Test
  void betweenTwoOtherCurrenciesTheRateGoesThroughTheEuroToTenSignificantDigits() {
    var usd = CrossRates.forBase("USD", MARCH_3).orElseThrow();

    // 120.83 / 1.0565 = 114.368197... and 1 / 1.0565 = 0.946521533...
    assertThat(usd.get("JPY")).isEqualByComparingTo("114.3681969");
    assertThat(usd.get("EUR")).isEqualByComparingTo("0.9465215334");
    assertThat(usd).doesNotContainKey("USD").hasSize(4);
    // Both directions multiply back to one within the rounding of ten digits.
    BigDecimal there = usd.get("BRL");
    BigDecimal back = CrossRates.forBase("BRL", MARCH_3).orElseThrow().get("USD");
    assertThat(there.multiply(back).subtract(BigDecimal.ONE).abs())
        .isLessThan(new BigDecimal("1e-9"));
    assertThat(there.precision()).isLessThanOrEqualTo(10);
  }

  @Test
  void aCurrencyNotPublishedThatDayHasNoRates() {
    assertThat(CrossRates.forBase("CHF", MARCH_3)).isEmpty();
    assertThat(CrossRates.rate("GBP", "GBP", MARCH_3)).contains(BigDecimal.ONE);
    assertThat(CrossRates.rate("GBP", "CHF", MARCH_3)).isEmpty();
    assertThat(CrossRates.rate("GBP", "JPY", MARCH_3))
        .contains(
            new BigDecimal("120.83")
                .divide(new BigDecimal("0.86355"), new MathContext(10, RoundingMode.HALF_EVEN)));
  }
}
