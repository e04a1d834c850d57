package com.finflow.accounts.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.accounts.OpenAccountCommand;
import com.finflow.shared.banking.BankIdentifiers;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.money.Money;
import java.util.Currency;
import java.util.Optional;

/** Reads {@code POST /accounts}' body {@code {iban, bic, currency, initial_balance}}. */
final class OpenAccountRequest {

  private OpenAccountRequest() {}

  /** The validated command; an {@code InvalidInput} naming every invalid field otherwise. */
  static OpenAccountCommand parse(JsonNode body) {
    BodyFields fields = new BodyFields(body);
    String iban = BankIdentifiers.normalize(fields.text("iban", 42));
    if (!iban.isEmpty()) {
      BankIdentifiers.ibanProblem(iban).ifPresent(problem -> fields.reject("iban", problem));
    }
    String bic = BankIdentifiers.normalize(fields.text("bic", 11));
    if (!bic.isEmpty()) {
      BankIdentifiers.bicProblem(bic).ifPresent(problem -> fields.reject("bic", problem));
    }
    Optional<Currency> currency = currencyOf(fields);
    Optional<Money> initialBalance = currency.flatMap(known -> balanceOf(fields, known));
    fields.throwIfInvalid();
    return new OpenAccountCommand(iban, bic, initialBalance.orElseThrow());
  }

  private static Optional<Currency> currencyOf(BodyFields fields) {
    String code = fields.text("currency", 3);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    Optional<Currency> currency = Money.currency(code);
    if (currency.isEmpty()) {
      fields.reject("currency", "is not an ISO 4217 currency code");
    }
    return currency;
  }

  private static Optional<Money> balanceOf(BodyFields fields, Currency currency) {
    String text = fields.text("initial_balance", 24);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Money> balance = Money.parse(text, currency).filter(money -> !money.isNegative());
    if (balance.isEmpty()) {
      fields.reject(
          "initial_balance",
          "must be a decimal string >= 0 with at most "
              + currency.getDefaultFractionDigits()
              + " decimals");
    }
    return balance;
  }
}
