package com.finflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.ids.Lookalikes;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CpfTest {

  @ParameterizedTest
  @ValueSource(strings = {"52998224725", "529.982.247-25", "11144477735", "529 982 247 25"})
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookalikes")
  void refusesACpfSpelledWithOtherScriptsDigitsOrInvisibleCharacters(String kind, String text) {
    assertThat(Cpf.parse(text)).isEmpty();
    assertThat(text).doesNotMatch(Cpf.PRINTED_PATTERN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "529‐982‐247‐25",
        "529．982．247－25",
        "529\t982\t247\t25",
        "529/982/247-25",
        "52998224725\n"
      })
  void removesOnlyAsciiDotsHyphensAndSpaces(String text) {
    assertThat(Cpf.parse(text)).isEmpty();
  }

  @Test
  void holdsOnlyAsciiDigitsWhateverBuildsIt() {
    assertThatThrownBy(() -> new Cpf("٥٢٩٩٨٢٢٤٧٢٥")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Cpf("529.982.247-25"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat("52998224725").matches(Cpf.DIGITS_PATTERN);
    assertThat("529.982.247-25").matches(Cpf.PRINTED_PATTERN);
  }

  @Test
  void showsOnlyTheLastFiveDigits() {
    assertThat(Cpf.parse("52998224725").orElseThrow().masked()).isEqualTo("***.***.247-25");
    assertThat(Cpf.parse("52998224725").orElseThrow().toString()).doesNotContain("529982");
  }

  static Stream<Arguments> lookalikes() {
    return Stream.concat(Lookalikes.of("52998224725"), Lookalikes.of("529.982.247-25"));
  }
}
