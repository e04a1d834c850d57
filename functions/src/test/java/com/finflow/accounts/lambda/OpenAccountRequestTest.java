package com.finflow.accounts.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.accounts.OpenAccountCommand;
import com.finflow.shared.Json;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.ids.Lookalikes;
import com.finflow.shared.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpenAccountRequestTest {

  @Test
  void readsTheAccountWithItsIdentifiersInElectronicForm() {
    OpenAccountCommand command =
        OpenAccountRequest.parse(
            body(
                "{\"iban\":\"fr76 3000 6000 0112 3456 7890 189\",\"bic\":\"qntofrp1xxx\",\"currency\":\"EUR\","
                    + "\"initial_balance\":\"2500.50\"}"));

    assertThat(command)
        .isEqualTo(
            new OpenAccountCommand(
                "FR7630006000011234567890189",
                "QNTOFRP1XXX",
                new Money(250_050, Currency.getInstance("EUR"))));
  }

  @Test
  void namesEveryInvalidFieldAtOnce() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                OpenAccountRequest.parse(
                    body(
                        "{\"iban\":\"FR7630006000011234567890188\",\"bic\":\"QNTO\",\"currency\":\"XYZ\","
                            + "\"initial_balance\":\"1.0\"}")));

    assertThat(invalid.fieldErrors())
        .extracting(FieldError::pointer)
        .containsExactlyInAnyOrder("/iban", "/bic", "/currency");
    assertThat(invalid.fieldErrors())
        .contains(
            new FieldError(
                "/currency",
                "must be the ISO 4217 code of a currency accounts are opened in, such as EUR"));
  }

  @Test
  void refusesANegativeBalanceOrOneWithMoreDecimalsThanTheCurrencyHas() {
    assertThat(balanceProblem("-1.00"))
        .isEqualTo("must be a decimal string >= 0 with at most 2 decimals");
    assertThat(balanceProblem("1.001"))
        .isEqualTo("must be a decimal string >= 0 with at most 2 decimals");
  }

  @Test
  void requiresEveryField() {
    InvalidInput invalid =
        catchThrowableOfType(InvalidInput.class, () -> OpenAccountRequest.parse(body("{}")));

    assertThat(invalid.fieldErrors())
        .extracting(FieldError::pointer)
        .containsExactlyInAnyOrder("/iban", "/bic", "/currency", "/initial_balance");
  }

  @Test
  void refusesAMemberThatIsNotPartOfTheRequestNamingIt() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                OpenAccountRequest.parse(
                    body(
                        "{\"iban\":\"FR7630006000011234567890189\",\"bic\":\"QNTOFRP1XXX\","
                            + "\"currency\":\"EUR\",\"initial_balance\":\"1.00\",\"overdraft\":\"5000\"}")));

    assertThat(invalid.fieldErrors())
        .containsExactly(new FieldError("/overdraft", "is not a known field"));
  }

  @Test
  void refusesIdentifiersOutsideTheirPublishedShapeBeforeTheirCheckDigits() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                OpenAccountRequest.parse(
                    body(
                        "{\"iban\":\"FR76-3000-6000-0112-3456-7890-189\",\"bic\":\"QNTO_FRP1\","
                            + "\"currency\":\"EUR\",\"initial_balance\":\"1.00\"}")));

    assertThat(invalid.fieldErrors())
        .containsExactly(
            new FieldError(
                "/iban", "must be an IBAN such as \"FR76 3000 6000 0112 3456 7890 189\""),
            new FieldError("/bic", "must be a BIC such as \"QNTOFRP1XXX\""));
  }

  @Test
  void opensAccountsOnlyInTheListedCurrenciesSpelledExactly() {
    assertThat(currencyProblem("USD")).isEmpty();
    assertThat(currencyProblem("eur")).isNotEmpty();
    assertThat(currencyProblem("JPY")).isNotEmpty();
    assertThat(currencyProblem("XAU")).isNotEmpty();
  }

  @Test
  void everyListedCurrencyIsAnIso4217CodeWithTwoDecimals() {
    assertThat(AccountCurrencies.CODES)
        .allSatisfy(
            code ->
                assertThat(Currency.getInstance(code).getDefaultFractionDigits())
                    .as(code)
                    .isEqualTo(2));
  }

  @Test
  void refusesABalanceWithAnExponentOrAPlusSign() {
    assertThat(balanceProblem("1e3")).isNotEmpty();
    assertThat(balanceProblem("+1.00")).isNotEmpty();
    assertThat(balanceProblem("1.")).isNotEmpty();
  }

  private static String currencyProblem(String code) {
    try {
      OpenAccountRequest.parse(
          body(
              "{\"iban\":\"FR7630006000011234567890189\",\"bic\":\"QNTOFRP1XXX\",\"currency\":\""
                  + code
                  + "\",\"initial_balance\":\"1.00\"}"));
      return "";
    } catch (InvalidInput invalid) {
      return invalid.getMessage();
    }
  }

  @ParameterizedTest(name = "{0} in the IBAN")
  @MethodSource("ibanLookalikes")
  void refusesAnIbanThatIsNotAscii(String kind, String iban) {
    assertThat(
            problemsOf(
                "{\"iban\":\""
                    + iban
                    + "\",\"bic\":\"QNTOFRP1XXX\",\"currency\":\"EUR\","
                    + "\"initial_balance\":\"1.00\"}"))
        .extracting(FieldError::pointer)
        .containsExactly("/iban");
  }

  @ParameterizedTest(name = "{0} in the BIC")
  @MethodSource("bicLookalikes")
  void refusesABicThatIsNotAscii(String kind, String bic) {
    assertThat(
            problemsOf(
                "{\"iban\":\"FR7630006000011234567890189\",\"bic\":\""
                    + bic
                    + "\",\"currency\":\"EUR\","
                    + "\"initial_balance\":\"1.00\"}"))
        .extracting(FieldError::pointer)
        .containsExactly("/bic");
  }

  @ParameterizedTest(name = "{0} in the currency")
  @MethodSource("currencyLookalikes")
  void refusesACurrencyCodeThatIsNotAscii(String kind, String currency) {
    assertThat(
            problemsOf(
                "{\"iban\":\"FR7630006000011234567890189\",\"bic\":\"QNTOFRP1XXX\",\"currency\":\""
                    + currency
                    + "\",\"initial_balance\":\"1.00\"}"))
        .extracting(FieldError::pointer)
        .containsExactly("/currency");
  }

  @ParameterizedTest(name = "{0} in the balance")
  @MethodSource("balanceLookalikes")
  void refusesABalanceWrittenWithOtherScriptsDigits(String kind, String balance) {
    assertThat(balanceProblem(balance))
        .isEqualTo("must be a decimal string >= 0 with at most 2 decimals");
  }

  static Stream<Arguments> ibanLookalikes() {
    return Lookalikes.of("FR7630006000011234567890189");
  }

  static Stream<Arguments> bicLookalikes() {
    return Lookalikes.of("QNTOFRP1XXX");
  }

  static Stream<Arguments> currencyLookalikes() {
    return Lookalikes.of("EUR");
  }

  static Stream<Arguments> balanceLookalikes() {
    return Lookalikes.of("2500.50");
  }

  private static List<FieldError> problemsOf(String json) {
    return catchThrowableOfType(InvalidInput.class, () -> OpenAccountRequest.parse(body(json)))
        .fieldErrors();
  }

  private static String balanceProblem(String balance) {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                OpenAccountRequest.parse(
                    body(
                        "{\"iban\":\"FR7630006000011234567890189\",\"bic\":\"QNTOFRP1XXX\",\"currency\":\"EUR\","
                            + "\"initial_balance\":\""
                            + balance
                            + "\"}")));
    return invalid.fieldErrors().stream()
        .filter(error -> error.pointer().equals("/initial_balance"))
        .findFirst()
        .map(FieldError::detail)
        .orElse("");
  }

  private static JsonNode body(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
