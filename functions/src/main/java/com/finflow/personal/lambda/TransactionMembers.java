package com.finflow.personal.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.Currencies;
import com.finflow.personal.Direction;
import com.finflow.personal.IsoCurrency;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.FieldPatterns;
import com.finflow.shared.ids.ResourceIds;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How each member of a transaction body is read, for both creating ({@code POST}) and changing
 * ({@code PATCH}) one: each reader records why a value is refused and answers empty then, or when
 * the member is absent.
 */
final class TransactionMembers {

  static final int MAX_ACCOUNT_ID_LENGTH = 64;
  static final int MAX_AMOUNT_LENGTH = 18;
  static final int MAX_CATEGORY_LENGTH = 64;
  static final int MAX_DESCRIPTION_LENGTH = 500;
  static final int MAX_OCCURRED_AT_LENGTH = 40;

  static final String ACCOUNT_ID_RULE =
      "must be 1 to "
          + MAX_ACCOUNT_ID_LENGTH
          + " ASCII letters, digits and . _ : -, starting with a letter or digit";

  private static final Pattern AMOUNT = Pattern.compile(FieldPatterns.POSITIVE_AMOUNT);
  private static final Pattern OCCURRED_AT = Pattern.compile(FieldPatterns.OFFSET_DATE_TIME);

  private TransactionMembers() {}

  static Optional<String> accountId(BodyFields fields, boolean required) {
    Optional<String> text = text(fields, "account_id", MAX_ACCOUNT_ID_LENGTH, required);
    if (text.isPresent() && !ResourceIds.isToken(text.get(), MAX_ACCOUNT_ID_LENGTH)) {
      fields.reject("account_id", ACCOUNT_ID_RULE);
      return Optional.empty();
    }
    return text;
  }

  /** A decimal string greater than zero with at most two decimals, as {@code "12.50"}. */
  static Optional<BigDecimal> amount(BodyFields fields, boolean required) {
    Optional<String> text = text(fields, "amount", MAX_AMOUNT_LENGTH, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (!AMOUNT.matcher(text.get()).matches()) {
      fields.reject(
          "amount",
          "must be a decimal string greater than 0 with at most 2 decimals, as \"12.50\"");
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text.get()));
  }

  static Optional<Direction> direction(BodyFields fields, boolean required) {
    Optional<String> text = text(fields, "direction", 6, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Direction> direction = Direction.of(text.get());
    if (direction.isEmpty()) {
      fields.reject("direction", "must be credit or debit");
    }
    return direction;
  }

  static Optional<IsoCurrency> currency(BodyFields fields, boolean required) {
    Optional<String> text = text(fields, "currency", 3, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<IsoCurrency> currency = Currencies.of(text.get());
    if (currency.isEmpty()) {
      fields.reject("currency", "must be the ISO 4217 code of a listed currency, such as EUR");
    }
    return currency;
  }

  static Optional<String> category(BodyFields fields, boolean required) {
    return text(fields, "category", MAX_CATEGORY_LENGTH, required);
  }

  static Optional<String> description(BodyFields fields) {
    return fields.optionalText("description", MAX_DESCRIPTION_LENGTH);
  }

  /** An ISO 8601 date and time with its offset, such as {@code 2026-03-01T09:30:00-03:00}. */
  static Optional<OffsetDateTime> occurredAt(BodyFields fields, boolean required) {
    Optional<String> text = text(fields, "occurred_at", MAX_OCCURRED_AT_LENGTH, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (OCCURRED_AT.matcher(text.get()).matches()) {
        return Optional.of(
            OffsetDateTime.parse(text.get(), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      }
    } catch (DateTimeException e) {
      // refused below
    }
    fields.reject(
        "occurred_at",
        "must be an ISO 8601 date and time with an offset, such as \"2026-03-01T09:30:00-03:00\"");
    return Optional.empty();
  }

  /** The amount has no more decimals than its currency: {@code 10.5} JPY is refused. */
  static void checkDecimals(
      BodyFields fields, Optional<BigDecimal> amount, Optional<IsoCurrency> currency) {
    if (amount.isPresent()
        && currency.isPresent()
        && amount.get().stripTrailingZeros().scale() > currency.get().minorUnits()) {
      fields.reject(
          "amount",
          "has more decimals than "
              + currency.get().code()
              + " has ("
              + currency.get().minorUnits()
              + ")");
    }
  }

  private static Optional<String> text(
      BodyFields fields, String name, int maxLength, boolean required) {
    return required
        ? Optional.of(fields.text(name, maxLength)).filter(text -> !text.isEmpty())
        : fields.optionalText(name, maxLength);
  }

  static boolean isNull(JsonNode body, String name) {
    return body.has(name) && body.get(name).isNull();
  }
}
