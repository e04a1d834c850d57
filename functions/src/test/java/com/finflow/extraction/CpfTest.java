package com.finflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CpfTest {

  @ParameterizedTest
  @ValueSource(strings = {"52998224725", "529.982.247-25", "11144477735"})
  void acceptsElevenDigitsWithValidCheckDigits(String text) {
    assertThat(Cpf.parse(text)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "52998224724",
        "00011122233",
        "11111111111",
        "5299822472",
        "529982247250",
        "5299822472a",
        ""
      })
  void refusesWrongCheckDigitsWrongLengthsAndRepeatedDigits(String text) {
    assertThat(Cpf.parse(text)).isEmpty();
  }

  @Test
  void showsOnlyTheLastFiveDigits() {
    assertThat(Cpf.parse("52998224725").orElseThrow().masked()).isEqualTo("***.***.247-25");
    assertThat(Cpf.parse("52998224725").orElseThrow().toString()).doesNotContain("529982");
  }
}
