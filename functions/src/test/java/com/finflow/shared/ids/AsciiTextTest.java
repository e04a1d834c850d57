package com.finflow.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AsciiTextTest {

  @Test
  void acceptsAsciiLettersAndDigits() {
    assertThat(AsciiText.isLettersAndDigits("FR76abc0")).isTrue();
    assertThat(AsciiText.isDigits("0123456789")).isTrue();
    assertThat(AsciiText.isLettersAndDigits("")).isFalse();
    assertThat(AsciiText.isDigits("")).isFalse();
    assertThat(AsciiText.isDigits("12a")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookalikes")
  void refusesEveryLookalikeOfAnAsciiIdentifier(String kind, String text) {
    assertThat(AsciiText.isLettersAndDigits(text)).isFalse();
  }

  @Test
  void upperCasesAsciiLettersOnly() {
    assertThat(AsciiText.upperCase("abc-xyz ı ſ ß é ａ")).isEqualTo("ABC-XYZ ı ſ ß é ａ");
  }

  @Test
  void readsWholeNumbersOfAsciiDigitsOnly() {
    // Integer.parseInt reads ١٠ as 10: a page size written in Arabic-Indic digits would pass it.
    assertThat(Integer.parseInt("١٠")).isEqualTo(10);

    assertThat(AsciiText.wholeNumber("10")).hasValue(10);
    assertThat(AsciiText.wholeNumber("0")).hasValue(0);
    assertThat(AsciiText.wholeNumber("١٠")).isEmpty();
    assertThat(AsciiText.wholeNumber("１０")).isEmpty();
    assertThat(AsciiText.wholeNumber("-1")).isEmpty();
    assertThat(AsciiText.wholeNumber("+1")).isEmpty();
    assertThat(AsciiText.wholeNumber("1e3")).isEmpty();
    assertThat(AsciiText.wholeNumber("")).isEmpty();
    assertThat(AsciiText.wholeNumber("9999999999")).isEmpty();
  }

  static Stream<Arguments> lookalikes() {
    return Stream.concat(Lookalikes.of("QNTOFRP1XXX"), Lookalikes.of("abc123"));
  }
}
