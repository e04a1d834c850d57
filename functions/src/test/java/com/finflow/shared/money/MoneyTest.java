package com.finflow.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.ids.Lookalikes;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("amountLookalikes")
  void refusesAmountsWrittenWithOtherScriptsDigits(String kind, String amount) {
    assertThat(Money.parse(amount, EUR)).isEmpty();
  }

  @Test
  void refusesWhatBigDecimalAloneWouldRead() {
    assertThat(new BigDecimal("١٠٠.٥٠")).isEqualByComparingTo("100.50");

    assertThat(Money.parse("١٠٠.٥٠", EUR)).isEmpty();
    assertThat(Money.parse("１００.５０", EUR)).isEmpty();
  }

  @Test
  void readsAnIso4217CodeOfThreeUpperCaseAsciiLetters() {
    assertThat(Money.currency("EUR")).contains(EUR);
    assertThat(Money.currency("JPY")).contains(JPY);
    assertThat("EUR").matches(Money.CURRENCY_CODE_PATTERN);
    assertThat("100.50").matches(Money.DECIMAL_PATTERN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "eur",
        "Eur",
        "EURO",
        "EU",
        "XYZ",
        "",
        " EUR",
        "EUR ",
        "E\u200BUR",
        "ＥＵＲ",
        "ЕUR",
        "EUР",
        "ΕUR",
        "EUR\u0000"
      })
  void refusesAnythingElseAsACurrencyCode(String code) {
    assertThat(Money.currency(code)).isEmpty();
  }

  static Stream<Arguments> amountLookalikes() {
    return Stream.concat(Lookalikes.of("100.50"), Lookalikes.of("7"));
  }
}
