package com.finflow.personal.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.AccountKind;
import com.finflow.personal.Currencies;
import com.finflow.personal.IsoCurrency;
import com.finflow.shared.banking.BankIdentifiers;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.FieldPatterns;
import com.finflow.shared.ids.ResourceIds;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How each member of an institution, account, value or holding body is read, for creating and
 * changing one: each reader records why a value is refused and answers empty then, or when the
 * member is absent.
 */
final class BookMembers {

  static final int MAX_NAME_LENGTH = 100;
  static final int MAX_BIC_LENGTH = 20;
  static final int MAX_BALANCE_LENGTH = 17;
  static final int MAX_QUANTITY_LENGTH = 21;
  static final int MAX_COST_LENGTH = 18;
  static final int MAX_SYMBOL_LENGTH = 32;
  static final int MAX_ID_LENGTH = 36;

  private static final Set<String> COUNTRIES =
      Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());
  private static final Pattern COUNTRY = Pattern.compile(FieldPatterns.COUNTRY);
  private static final Pattern BIC = Pattern.compile(FieldPatterns.BIC);
  private static final Pattern BALANCE = Pattern.compile(FieldPatterns.EUR_BALANCE);
  private static final Pattern QUANTITY = Pattern.compile(FieldPatterns.FEED_AMOUNT);
  private static final Pattern COST = Pattern.compile(FieldPatterns.BALANCE);
  private static final Pattern SYMBOL = Pattern.compile(FieldPatterns.TOKEN);

  private BookMembers() {}

  /** 1 to 100 characters, not blank; surrounding white space is dropped. */
  static Optional<String> name(BodyFields fields, boolean required) {
    return text(fields, "name", MAX_NAME_LENGTH, required).map(String::strip);
  }

  /** An ISO 3166-1 alpha-2 code in upper case, such as {@code DE}. */
  static Optional<String> country(BodyFields fields, boolean required) {
    Optional<String> text = text(fields, "country", 2, required);
    if (text.isPresent()
        && (!COUNTRY.matcher(text.get()).matches() || !COUNTRIES.contains(text.get()))) {
      fields.reject("country", "must be an ISO 3166-1 alpha-2 country code, such as \"DE\"");
      return Optional.empty();
    }
    return text;
  }

  /** A BIC, spaces ignored, kept in its electronic form (upper case, no spaces). */
  static Optional<String> bic(BodyFields fields) {
    Optional<String> text = fields.optionalText("bic", MAX_BIC_LENGTH);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String bic = BankIdentifiers.normalize(text.get());
    Optional<String> problem =
        BIC.matcher(text.get()).matches()
            ? BankIdentifiers.bicProblem(bic)
            : Optional.of("is not a valid BIC: it must be 8 or 11 letters or digits");
    if (problem.isPresent()) {
      fields.reject("bic", problem.get());
      return Optional.empty();
    }
    return Optional.of(bic);
  }

  static Optional<AccountKind> kind(BodyFields fields, boolean required) {
    Optional<String> text = text(fields, "kind", 16, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<AccountKind> kind = AccountKind.of(text.get());
    if (kind.isEmpty()) {
      fields.reject("kind", "must be checking, savings, investment or credit_card");
    }
    return kind;
  }

  static Optional<IsoCurrency> currency(BodyFields fields, String name, boolean required) {
    Optional<String> text = text(fields, name, 3, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<IsoCurrency> currency = Currencies.of(text.get());
    if (currency.isEmpty()) {
      fields.reject(name, "must be the ISO 4217 code of a listed currency, such as EUR");
    }
    return currency;
  }

  /** The id Finflow issued for one of the caller's items, lower-cased. */
  static Optional<String> id(BodyFields fields, String name, boolean required) {
    Optional<String> text = text(fields, name, MAX_ID_LENGTH, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> id = ResourceIds.uuid(text.get());
    if (id.isEmpty()) {
      fields.reject(name, "must be a UUID such as \"123e4567-e89b-12d3-a456-426614174000\"");
    }
    return id;
  }

  /** A decimal string that may be negative, at most 2 decimals: {@code "-1234.50"}. */
  static Optional<BigDecimal> balance(BodyFields fields, String name, boolean required) {
    return decimal(
        fields,
        name,
        MAX_BALANCE_LENGTH,
        required,
        BALANCE,
        "must be a decimal string of at most 13 digits and 2 decimals, maybe negative, as"
            + " \"-1234.50\"");
  }

  /** A decimal string greater than 0, at most 8 decimals. */
  static Optional<BigDecimal> quantity(BodyFields fields, boolean required) {
    String rule = "must be a decimal string greater than 0 with at most 8 decimals, as \"12.5\"";
    Optional<BigDecimal> quantity =
        decimal(fields, "quantity", MAX_QUANTITY_LENGTH, required, QUANTITY, rule);
    if (quantity.isPresent() && quantity.get().signum() == 0) {
      fields.reject("quantity", rule);
      return Optional.empty();
    }
    return quantity;
  }

  /** A decimal string of 0 or more, at most 2 decimals. */
  static Optional<BigDecimal> costBasis(BodyFields fields, boolean required) {
    return decimal(
        fields,
        "cost_basis",
        MAX_COST_LENGTH,
        required,
        COST,
        "must be a decimal string of 0 or more with at most 2 decimals, as \"1520.40\"");
  }

  static Optional<String> symbol(BodyFields fields, boolean required) {
    Optional<String> text = text(fields, "symbol", MAX_SYMBOL_LENGTH, required);
    if (text.isPresent() && !SYMBOL.matcher(text.get()).matches()) {
      fields.reject(
          "symbol", "must be a ticker symbol: ASCII letters, digits and . _ : -, such as \"AAPL\"");
      return Optional.empty();
    }
    return text;
  }

  /** The amount has no more decimals than its currency: {@code 10.5} JPY is refused. */
  static void checkDecimals(
      BodyFields fields, String name, Optional<BigDecimal> amount, Optional<IsoCurrency> currency) {
    if (amount.isPresent()
        && currency.isPresent()
        && amount.get().stripTrailingZeros().scale() > currency.get().minorUnits()) {
      fields.reject(
          name,
          "has more decimals than "
              + currency.get().code()
              + " has ("
              + currency.get().minorUnits()
              + ")");
    }
  }

  static boolean isNull(JsonNode body, String name) {
    return body.has(name) && body.get(name).isNull();
  }

  private static Optional<BigDecimal> decimal(
      BodyFields fields,
      String name,
      int maxLength,
      boolean required,
      Pattern pattern,
      String rule) {
    Optional<String> text = text(fields, name, maxLength, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (!pattern.matcher(text.get()).matches()) {
      fields.reject(name, rule);
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text.get()));
  }

  private static Optional<String> text(
      BodyFields fields, String name, int maxLength, boolean required) {
    return required
        ? Optional.of(fields.text(name, maxLength)).filter(text -> !text.isEmpty())
        : fields.optionalText(name, maxLength);
  }
}
