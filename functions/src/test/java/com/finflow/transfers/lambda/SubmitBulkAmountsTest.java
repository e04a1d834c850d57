package com.finflow.transfers.lambda;

import static com.finflow.transfers.lambda.ParsedBulks.EUR;
import static com.finflow.transfers.lambda.ParsedBulks.aBulkOf;
import static com.finflow.transfers.lambda.ParsedBulks.errorsOf;
import static com.finflow.transfers.lambda.ParsedBulks.parse;
import static com.finflow.transfers.lambda.ParsedBulks.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a bulk submission's amounts and currency are read: plain decimals of at most two places,
 * positive, within the limit, in euros.
 */
class SubmitBulkAmountsTest {

  @Test
  void refusesAmountsWithThreeDecimals() {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("amount", "10.005");

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError("/credit_transfers/0/amount", "must have at most 2 decimals"));
  }

  @Test
  void refusesNumericAmounts() {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("amount", 100.00);

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError(
                "/credit_transfers/0/amount", "must be a decimal string such as \"100.00\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e3", "1,000.00", "100.", ".5", "+5", " 5", "ten"})
  void refusesAmountsThatAreNotPlainDecimals(String amount) {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("amount", amount);

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError(
                "/credit_transfers/0/amount", "must be a decimal string such as \"100.00\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-0.01", "-100"})
  void refusesAmountsThatAreNotPositive(String amount) {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("amount", amount);

    assertThat(errorsOf(body))
        .containsExactly(new FieldError("/credit_transfers/0/amount", "must be greater than 0"));
  }

  @Test
  void refusesAmountsAboveTheLimitNamingIt() {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("amount", "1000000.01");

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError("/credit_transfers/0/amount", "must be at most 1000000.00"));
  }

  @Test
  void acceptsAnAmountOfExactlyTheLimit() {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("amount", "1000000");

    assertThat(parse(body).transfers().get(0).amount()).isEqualTo(new Money(1_000_000_00L, EUR));
  }

  @ParameterizedTest
  @ValueSource(strings = {"USD", "eur", "EURO"})
  void refusesNonEurCurrenciesClearly(String currency) {
    ObjectNode body = aBulkOf(1);
    transfer(body, 0).put("currency", currency);

    assertThat(errorsOf(body))
        .containsExactly(
            new FieldError(
                "/credit_transfers/0/currency", "only EUR is supported for SEPA credit transfers"));
  }
}
