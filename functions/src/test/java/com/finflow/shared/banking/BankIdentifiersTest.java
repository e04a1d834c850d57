package com.finflow.shared.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.finflow.shared.ids.Lookalikes;
import java.util.stream.Stream;
import org.iban4j.BicUtil;
import org.iban4j.IbanUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankIdentifiersTest {

  private static final String IBAN = "FR7630006000011234567890189";
  private static final String GERMAN_IBAN = "DE89370400440532013000";
  private static final String BIC = "QNTOFRP1XXX";

  @Test
  void acceptsValidIdentifiersInTheirPrintedForm() {
    assertThat(BankIdentifiers.normalize("fr76 3000 6000 0112 3456 7890 189")).isEqualTo(IBAN);
    assertThat(
            BankIdentifiers.ibanProblem(
                BankIdentifiers.normalize("fr76 3000 6000 0112 3456 7890 189")))
        .isEmpty();
    assertThat(BankIdentifiers.bicProblem(BankIdentifiers.normalize("qntofrp1xxx"))).isEmpty();
    assertThat(BankIdentifiers.bicProblem("QNTOFRP1")).isEmpty();
  }

  @Test
  void upperCasesOnlyAsciiLettersSoThatNoOtherCharacterBecomesAsciiOnTheWay() {
    // Locale.ROOT upper-cases the dotless ı to I, the long ſ to S and ß to SS.
    assertThat(BankIdentifiers.normalize("ı ſ ß ａ k")).isEqualTo("ıſßａK");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ibanLookalikes")
  void refusesAnIbanSpelledWithOtherScriptsOrInvisibleCharacters(String kind, String iban) {
    assertThat(BankIdentifiers.ibanProblem(BankIdentifiers.normalize(iban)))
        .hasValue(
            "is not a valid IBAN: it must hold only ASCII letters and digits (spaces are ignored)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bicLookalikes")
  void refusesABicSpelledWithOtherScriptsOrInvisibleCharacters(String kind, String bic) {
    assertThat(BankIdentifiers.bicProblem(BankIdentifiers.normalize(bic)))
        .hasValue(
            "is not a valid BIC: it must hold only ASCII letters and digits (spaces are ignored)");
  }

  @Test
  void catchesWhatIban4jAloneLetsThrough() {
    // The reports that made the ASCII check necessary: both pass iban4j's own validation.
    assertThatCode(() -> IbanUtil.validate("FR٧٦30006000011234567890189"))
        .doesNotThrowAnyException();
    assertThatCode(() -> BicUtil.validate("QНTOFRP1XXX")).doesNotThrowAnyException();

    assertThat(BankIdentifiers.ibanProblem("FR٧٦30006000011234567890189")).isPresent();
    assertThat(BankIdentifiers.ibanProblem("DE٨٩٣٧0400440532013000")).isPresent();
    assertThat(BankIdentifiers.bicProblem("QНTOFRP1XXX")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FR76\t30006000011234567890189",
        "FR76\n30006000011234567890189",
        "FR76-3000-6000",
        "FR76.3000",
        "FR76_3000",
        "'FR7630006000011234567890189",
        "FR7630006000011234567890189;--"
      })
  void removesOnlyPlainSpaces(String iban) {
    assertThat(BankIdentifiers.ibanProblem(BankIdentifiers.normalize(iban)))
        .hasValueSatisfying(problem -> assertThat(problem).contains("ASCII letters and digits"));
  }

  @Test
  void stillRefusesWrongCheckDigitsAndLengths() {
    assertThat(BankIdentifiers.ibanProblem("FR7630006000011234567890188"))
        .hasValueSatisfying(problem -> assertThat(problem).startsWith("is not a valid IBAN: "));
    assertThat(BankIdentifiers.ibanProblem("FR76")).isPresent();
    assertThat(BankIdentifiers.bicProblem("QNTO"))
        .hasValueSatisfying(problem -> assertThat(problem).startsWith("is not a valid BIC: "));
    assertThat(BankIdentifiers.bicProblem("1NTOFRP1XXX")).isPresent();
  }

  @Test
  void publishesThePatternsItApplies() {
    assertThat(IBAN).matches(BankIdentifiers.IBAN_PATTERN);
    assertThat(GERMAN_IBAN).matches(BankIdentifiers.IBAN_PATTERN);
    assertThat(BIC).matches(BankIdentifiers.BIC_PATTERN);
    assertThat("QNTOFRP1").matches(BankIdentifiers.BIC_PATTERN);
    assertThat("FR٧٦30006000011234567890189").doesNotMatch(BankIdentifiers.IBAN_PATTERN);
    assertThat("fr7630006000011234567890189").doesNotMatch(BankIdentifiers.IBAN_PATTERN);
    assertThat("fr76 3000 6000 0112 3456 7890 189").matches(BankIdentifiers.PRINTED_PATTERN);
    assertThat("qntofrp1xxx").matches(BankIdentifiers.PRINTED_PATTERN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ibanLookalikes")
  void whatThePrintedPatternExcludesIsRefused(String kind, String iban) {
    assertThat(iban).doesNotMatch(BankIdentifiers.PRINTED_PATTERN);
    assertThat(BankIdentifiers.ibanProblem(BankIdentifiers.normalize(iban))).isPresent();
  }

  static Stream<Arguments> ibanLookalikes() {
    return Stream.concat(Lookalikes.of(IBAN), Lookalikes.of(GERMAN_IBAN));
  }

  static Stream<Arguments> bicLookalikes() {
    return Lookalikes.of(BIC);
  }
}
