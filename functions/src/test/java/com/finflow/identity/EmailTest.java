package com.finflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jane@example.com",
        "Jane@Example.COM",
        "  jane@example.com ",
        "ＪＡＮＥ＠ＥＸＡＭＰＬＥ．ＣＯＭ",
        "ｊａｎｅ@example.com",
        "JANE@EXAMPLE.COM"
      })
  void foldsCaseAndCompatibilityFormsIntoOneAddress(String text) {
    assertThat(Email.parse(text)).contains(new Email("jane@example.com"));
  }

  @Test
  void foldsLigaturesAndOtherCompatibilityCharacters() {
    assertThat(Email.parse("ﬁona@example.com")).contains(new Email("fiona@example.com"));
    assertThat(Email.parse("jane²@example.com")).contains(new Email("jane2@example.com"));
    assertThat(Email.parse("Ａnn@example.com")).contains(new Email("ann@example.com"));
  }

  @Test
  void keepsAddressesOfOneScriptOtherThanLatin() {
    assertThat(Email.parse("ИВАН@пример.рф")).contains(new Email("иван@пример.рф"));
    assertThat(Email.parse("Δήμητρα@example.gr")).contains(new Email("δήμητρα@example.gr"));
    assertThat(Email.parse("josé.müller@example.com"))
        .contains(new Email("josé.müller@example.com"));
  }

  @Test
  void acceptsTheScriptsOneLanguageWritesWith() {
    assertThat(Email.parse("山田たろうTaro@example.jp")).isPresent();
    assertThat(Email.parse("김민준金@example.kr")).isPresent();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pаypal@example.com|is not an email address: its local part mixes scripts (Latin, Cyrillic)",
        "jаne@example.com|is not an email address: its local part mixes scripts (Latin, Cyrillic)",
        "jοhn@example.com|is not an email address: its local part mixes scripts (Latin, Greek)",
        "иваn@example.com|is not an email address: its local part mixes scripts (Latin, Cyrillic)",
        "ΑΒС@example.com|is not an email address: its local part mixes scripts (Greek, Cyrillic)"
      })
  void refusesALocalPartThatMixesScripts(String text, String refusal) {
    assertThat(Email.parse(text)).isEmpty();
    assertThat(Email.refusalOf(text)).contains(refusal);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ja\u200Bne@example.com",
        "ja\u200Dne@example.com",
        "ja\uFEFFne@example.com",
        "ja\u2060ne@example.com",
        "ja\u00ADne@example.com",
        "ja\u0000ne@example.com",
        "ja\uE000ne@example.com",
        "jane@exa\u200Bmple.com"
      })
  void refusesInvisibleControlAndPrivateUseCharacters(String text) {
    assertThat(Email.parse(text)).isEmpty();
    assertThat(Email.refusalOf(text))
        .hasValueSatisfying(refusal -> assertThat(refusal).contains("invisible"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jane",
        "jane@",
        "@example.com",
        "jane@example",
        "ja ne@example.com",
        "ja\u00A0ne@example.com",
        "jane@@example.com",
        "jane＠example＠example.com"
      })
  void refusesWhatIsNotAnAddress(String text) {
    assertThat(Email.parse(text)).isEmpty();
    assertThat(Email.refusalOf(text)).contains("is not an email address");
  }

  @Test
  void itsCanonicalFormIsStable() {
    for (String text :
        List.of("İlker@example.com", "ΣΟΦΟΣ@example.gr", "ﬁona@example.com", "Ǆemal@example.com")) {
      String once = Email.canonical(text);
      assertThat(Email.canonical(once)).isEqualTo(once);
    }
  }

  @Test
  void lowerCasesRatherThanFoldingSoSharpSIsNotSs() {
    assertThat(Email.parse("STRAßE@example.de")).contains(new Email("straße@example.de"));
    assertThat(Email.parse("strasse@example.de")).isNotEqualTo(Email.parse("straße@example.de"));
  }

  @Test
  void knowsTheSpellingThatAddressesWereStoredUnderBeforeFolding() {
    assertThat(Email.legacySpelling("ＪＡＮＥ@example.com")).contains(new Email("ｊａｎｅ@example.com"));
    assertThat(Email.legacySpelling("Jane@Example.com")).isEmpty();
    assertThat(Email.legacySpelling("JАne@example.com")).contains(new Email("jаne@example.com"));
    assertThat(Email.legacySpelling("not an email")).isEmpty();
  }

  @Test
  void neverPrintsTheAddress() {
    assertThat(Email.parse("jane@example.com").orElseThrow().toString()).doesNotContain("jane");
  }
}
