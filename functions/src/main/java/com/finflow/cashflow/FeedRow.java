package com.finflow.cashflow;

import com.finflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A row as the feed sent it, every field as text (empty when missing). Over HTTP a row with a
 * problem is refused; over SQS it is set aside as {@link Rule#MALFORMED_ROW}: both read it here.
 */
public record FeedRow(
    String id,
    String payerIban,
    String beneficiaryIban,
    String amount,
    String currency,
    String timestamp) {

  /** A plain decimal of at most 12 whole digits and 8 decimals, never negative. */
  public static final String AMOUNT_PATTERN = "[0-9]{1,12}([.][0-9]{1,8})?";

  /** Text of 1 to 64 printable ASCII characters: what an IBAN field holds before its rules. */
  public static final String IBAN_TEXT_PATTERN = "[!-~]{1,64}";

  public static final int MAX_ID_LENGTH = 128;

  private static final Pattern AMOUNT = Pattern.compile(AMOUNT_PATTERN);
  private static final Pattern IBAN_TEXT = Pattern.compile(IBAN_TEXT_PATTERN);
  private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

  public FeedRow {
    id = orEmpty(id);
    payerIban = orEmpty(payerIban);
    beneficiaryIban = orEmpty(beneficiaryIban);
    amount = orEmpty(amount);
    currency = orEmpty(currency);
    timestamp = orEmpty(timestamp);
  }

  /** What is wrong with each field, by field name ({@code amount}...); empty when the row reads. */
  public Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH || id.isBlank()) {
      problems.put("id", "is required: 1 to " + MAX_ID_LENGTH + " characters");
    }
    if (!IBAN_TEXT.matcher(payerIban).matches()) {
      problems.put("payer_iban", "is required: 1 to 64 printable ASCII characters");
    }
    if (!IBAN_TEXT.matcher(beneficiaryIban).matches()) {
      problems.put("beneficiary_iban", "is required: 1 to 64 printable ASCII characters");
    }
    if (!AMOUNT.matcher(amount).matches()) {
      problems.put(
          "amount", "must be a decimal string such as \"1250.40\" (at most 12 digits, 8 decimals)");
    }
    if (Money.currency(currency).isEmpty()) {
      problems.put("currency", "must be an ISO 4217 currency code such as \"USD\"");
    }
    if (instant().isEmpty()) {
      problems.put(
          "timestamp",
          "must be an ISO 8601 date and time with an offset, such as"
              + " \"2024-03-07T10:15:30+01:00\", from year 1900 to 2999");
    }
    return problems;
  }

  /** The transaction this row holds, or empty when it is malformed. */
  public Optional<Transaction> read() {
    if (!problems().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Transaction(
            id, payerIban, beneficiaryIban, new BigDecimal(amount), currency, instant().get()));
  }

  private Optional<Instant> instant() {
    try {
      Instant at =
          OffsetDateTime.parse(timestamp, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      return at.isBefore(EARLIEST) || !at.isBefore(LATEST) ? Optional.empty() : Optional.of(at);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
