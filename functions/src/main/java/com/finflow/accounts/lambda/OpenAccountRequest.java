package com.finflow.accounts.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.accounts.OpenAccountCommand;
import com.finflow.shared.banking.BankIdentifiers;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.FieldPatterns;
import com.finflow.shared.money.Money;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads {@code POST /accounts}' body {@code {iban, bic, currency, initial_balance}}. The IBAN and
 * BIC may be printed (spaces, lower case) and are kept in electronic form: spaces removed, letters
 * upper-cased.
 */
final class OpenAccountRequest {

  static final int MAX_IBAN_LENGTH = 42;
  static final int MAX_BIC_LENGTH = 14;
  static final int MAX_BALANCE_LENGTH = 24;

  private static final Pattern IBAN = Pattern.compile(FieldPatterns.IBAN);
  private static final Pattern BIC = Pattern.compile(FieldPatterns.BIC);
  private static final Pattern BALANCE = Pattern.compile(FieldPatterns.BALANCE);

  private OpenAccountRequest() {}

  /** The validated command; an {@code InvalidInput} naming every invalid field otherwise. */
  static OpenAccountCommand parse(JsonNode body) {
    BodyFields fields = new BodyFields(body);
    String iban =
        identifier(
            fields,
            "iban",
            MAX_IBAN_LENGTH,
            IBAN,
            "must be an IBAN such as \"FR76 3000 6000 0112 3456 7890 189\"",
            BankIdentifiers::ibanProblem);
    String bic =
        identifier(
            fields,
            "bic",
            MAX_BIC_LENGTH,
            BIC,
            "must be a BIC such as \"QNTOFRP1XXX\"",
            BankIdentifiers::bicProblem);
    Optional<Currency> currency = currencyOf(fields);
    String balance = fields.text("initial_balance", MAX_BALANCE_LENGTH);
    Optional<Money> initialBalance = balanceOf(fields, balance, currency);
    fields.throwIfInvalid();
    return new OpenAccountCommand(iban, bic, initialBalance.orElseThrow());
  }

  /** The identifier in electronic form, or an empty string after recording why it is refused. */
  private static String identifier(
      BodyFields fields,
      String name,
      int maxLength,
      Pattern shape,
      String shapeProblem,
      Function<String, Optional<String>> problemOf) {
    String text = fields.text(name, maxLength);
    if (text.isEmpty()) {
      return "";
    }
    if (!shape.matcher(text).matches()) {
      fields.reject(name, shapeProblem);
      return "";
    }
    String normalized = BankIdentifiers.normalize(text);
    Optional<String> problem = problemOf.apply(normalized);
    problem.ifPresent(detail -> fields.reject(name, detail));
    return problem.isPresent() ? "" : normalized;
  }

  private static Optional<Currency> currencyOf(BodyFields fields) {
    String code = fields.text("currency", 3);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    Optional<Currency> currency = AccountCurrencies.of(code);
    if (currency.isEmpty()) {
      fields.reject(
          "currency",
          "must be the ISO 4217 code of a currency accounts are opened in, such as EUR");
    }
    return currency;
  }

  /**
   * Every account currency has two decimals, so the balance is checked even when the currency is
   * refused.
   */
  private static Optional<Money> balanceOf(
      BodyFields fields, String text, Optional<Currency> currency) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (!BALANCE.matcher(text).matches()) {
      fields.reject("initial_balance", "must be a decimal string >= 0 with at most 2 decimals");
      return Optional.empty();
    }
    return currency.flatMap(known -> Money.parse(text, known));
  }
}
