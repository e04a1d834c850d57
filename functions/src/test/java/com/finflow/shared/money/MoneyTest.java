package com.finflow.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void parsesDecimalStringsIntoExactMinorUnits() {
    assertThat(Money.parse("100.50", EUR)).contains(new Money(10050, EUR));
    assertThat(Money.parse("0.1", EUR)).contains(new Money(10, EUR));
    assertThat(Money.parse("7", EUR)).contains(new Money(700, EUR));
    assertThat(Money.parse("1500", JPY)).contains(new Money(1500, JPY));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.005",
        "1e3",
        "1,000.00",
        " 1.00",
        "",
        "abc",
        "1.",
        ".5",
        "99999999999999999999"
      })
  void refusesAnythingButAPlainDecimalWithinTheCurrencysDecimals(String text) {
    assertThat(Money.parse(text, EUR)).isEmpty();
  }

  @Test
  void refusesDecimalsForACurrencyWithoutMinorUnits() {
    assertThat(Money.parse("10.5", JPY)).isEmpty();
  }

  @Test
  void printsWithTheCurrencysDecimals() {
    assertThat(new Money(100, EUR).toDecimalString()).isEqualTo("1.00");
    assertThat(new Money(-5, EUR).toDecimalString()).isEqualTo("-0.05");
    assertThat(new Money(1500, JPY).toDecimalString()).isEqualTo("1500");
  }

  @Test
  void neverMixesCurrencies() {
    assertThatThrownBy(() -> new Money(1, EUR).plus(new Money(1, JPY)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addsAndSubtractsWithoutOverflowingSilently() {
    assertThat(new Money(250, EUR).minus(new Money(300, EUR))).isEqualTo(new Money(-50, EUR));
    assertThatThrownBy(() -> new Money(Long.MAX_VALUE, EUR).plus(new Money(1, EUR)))
        .isInstanceOf(ArithmeticException.class);
  }
}
