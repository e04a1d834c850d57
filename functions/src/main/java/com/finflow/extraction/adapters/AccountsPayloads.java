package com.finflow.extraction.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.extraction.OpenFinanceProvider.Account;
import com.finflow.extraction.OpenFinanceProvider.Amount;
import com.finflow.extraction.OpenFinanceProvider.Page;
import com.finflow.extraction.OpenFinanceProvider.Transaction;
import com.finflow.extraction.OpenFinanceProvider.Unreadable;
import com.finflow.extraction.UnreadableRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the accounts API's payloads as both published major versions define them, each field from
 * its version's own place, and the quirks real institutions add:
 *
 * <ul>
 *   <li>transactions: v2's {@code transactionAmount {amount, currency}} and {@code
 *       transactionDateTime}; v1's {@code amount} (a number) with {@code transactionCurrency}, and
 *       {@code transactionDate}; the currency also found as {@code Currency} or {@code
 *       transactionAmount.transactionCurrency};
 *   <li>balances: v2's {@code availableAmount {amount, currency}}; v1's {@code availableAmount} (a
 *       number) with {@code availableAmountCurrency};
 *   <li>amounts as strings or as numbers, kept as plain decimal strings with the scale they were
 *       sent with (the tree must come from {@link ExactJson}).
 * </ul>
 *
 * A record that still cannot be read is returned as {@link Unreadable} (the field, why), never with
 * blanks.
 */
final class AccountsPayloads {

  private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
  private static final List<String> DIRECTIONS = List.of("CREDITO", "DEBITO");

  /** A field that could not be read, while reading one record. */
  private static final class Unread extends RuntimeException {
    final String field;

    Unread(String field, String reason) {
      super(reason, null, false, false);
      this.field = field;
    }
  }

  private AccountsPayloads() {}

  static Page<Account> accounts(JsonNode envelope, int page) {
    List<Account> accounts = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    JsonNode data = envelope.path("data");
    for (int item = 0; item < data.size(); item++) {
      JsonNode account = data.get(item);
      String id = idOf(account, "accountId", page, item);
      try {
        accounts.add(new Account(text(account, "accountId"), text(account, "type")));
      } catch (Unread e) {
        unreadable.add(new Unreadable(id, e.field, e.getMessage()));
      }
    }
    return pageOf(envelope, accounts, unreadable);
  }

  /**
   * @throws UnreadableRecord when the balance has no available amount and currency to read
   */
  static Amount balance(JsonNode envelope, String accountId) {
    JsonNode data = envelope.path("data");
    try {
      JsonNode available = present(data, "availableAmount");
      if (available.isObject()) {
        return new Amount(
            decimal(available.path("amount"), "availableAmount.amount"),
            currency(
                "availableAmount.currency",
                available.path("currency"),
                available.path("Currency"),
                data.path("availableAmountCurrency")));
      }
      return new Amount(
          decimal(available, "availableAmount"),
          currency(
              "availableAmountCurrency",
              data.path("availableAmountCurrency"),
              data.path("Currency"),
              data.path("currency")));
    } catch (Unread e) {
      throw new UnreadableRecord(new Unreadable(accountId, e.field, e.getMessage()));
    }
  }

  static Page<Transaction> transactions(JsonNode envelope, int page) {
    List<Transaction> transactions = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    JsonNode data = envelope.path("data");
    for (int item = 0; item < data.size(); item++) {
      JsonNode transaction = data.get(item);
      String id = idOf(transaction, "transactionId", page, item);
      try {
        transactions.add(transaction(transaction));
      } catch (Unread e) {
        unreadable.add(new Unreadable(id, e.field, e.getMessage()));
      }
    }
    return pageOf(envelope, transactions, unreadable);
  }

  private static Transaction transaction(JsonNode transaction) {
    String id = text(transaction, "transactionId");
    String direction = text(transaction, "creditDebitType");
    if (!DIRECTIONS.contains(direction)) {
      throw new Unread("creditDebitType", "is not CREDITO or DEBITO: " + direction);
    }
    return new Transaction(
        id,
        text(transaction, "type"),
        text(transaction, "completedAuthorisedPaymentType"),
        amountOf(transaction),
        direction,
        text(transaction, "transactionName"),
        dateOf(transaction));
  }

  private static Amount amountOf(JsonNode transaction) {
    JsonNode nested = transaction.path("transactionAmount");
    if (nested.isObject()) {
      return new Amount(
          decimal(nested.path("amount"), "transactionAmount.amount"),
          currency(
              "transactionAmount.currency",
              nested.path("currency"),
              nested.path("transactionCurrency"),
              nested.path("Currency"),
              transaction.path("transactionCurrency"),
              transaction.path("Currency")));
    }
    if (!nested.isMissingNode() && !nested.isNull()) {
      throw new Unread("transactionAmount", "is not an object with amount and currency");
    }
    if (!has(transaction, "amount")) {
      throw new Unread("transactionAmount", "is missing, and so is v1's amount");
    }
    return new Amount(
        decimal(transaction.path("amount"), "amount"),
        currency(
            "transactionCurrency",
            transaction.path("transactionCurrency"),
            transaction.path("Currency"),
            transaction.path("currency")));
  }

  /** v2's date-time, else v1's date; either is returned as the provider wrote it. */
  private static String dateOf(JsonNode transaction) {
    if (has(transaction, "transactionDateTime")) {
      String text = text(transaction, "transactionDateTime");
      try {
        DateTimeFormatter.ISO_DATE_TIME.parse(text);
        return text;
      } catch (DateTimeParseException e) {
        throw new Unread("transactionDateTime", "is not an ISO 8601 date-time: " + text);
      }
    }
    if (!has(transaction, "transactionDate")) {
      throw new Unread("transactionDateTime", "is missing, and so is v1's transactionDate");
    }
    String text = text(transaction, "transactionDate");
    try {
      LocalDate.parse(text);
      return text;
    } catch (DateTimeParseException e) {
      throw new Unread("transactionDate", "is not a date as YYYY-MM-DD: " + text);
    }
  }

  /**
   * The plain decimal string of a JSON string or number, from the token's own text: {@code
   * 12500000.0000} stays so whether sent as a string or a number, never {@code 1.25E7}.
   */
  static String decimal(JsonNode node, String field) {
    if (node.isMissingNode() || node.isNull()) {
      throw new Unread(field, "is missing");
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    if (node.isBigDecimal()) {
      return node.decimalValue().toPlainString();
    }
    if (node.isTextual()) {
      try {
        return new BigDecimal(node.textValue()).toPlainString();
      } catch (NumberFormatException e) {
        throw new Unread(field, "is not a decimal: " + node.textValue());
      }
    }
    throw new Unread(field, "is not a decimal: " + node);
  }

  /** The first of the candidate places that holds a currency, as its ISO 4217 code. */
  private static String currency(String field, JsonNode... candidates) {
    for (JsonNode candidate : candidates) {
      if (candidate.isTextual()) {
        if (!CURRENCY.matcher(candidate.textValue()).matches()) {
          throw new Unread(field, "is not an ISO 4217 code: " + candidate.textValue());
        }
        return candidate.textValue().toUpperCase(Locale.ROOT);
      }
    }
    throw new Unread(field, "is missing");
  }

  private static String text(JsonNode record, String field) {
    JsonNode value = record.path(field);
    if (value.isMissingNode() || value.isNull()) {
      throw new Unread(field, "is missing");
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      throw new Unread(field, "is not a non-blank string");
    }
    return value.textValue();
  }

  private static JsonNode present(JsonNode record, String field) {
    JsonNode value = record.path(field);
    if (value.isMissingNode() || value.isNull()) {
      throw new Unread(field, "is missing");
    }
    return value;
  }

  private static boolean has(JsonNode record, String field) {
    return !record.path(field).isMissingNode() && !record.path(field).isNull();
  }

  /** The record's id, or where it stood on the page when it has none. */
  private static String idOf(JsonNode record, String idField, int page, int item) {
    return Optional.ofNullable(record.get(idField))
        .filter(JsonNode::isTextual)
        .map(JsonNode::textValue)
        .filter(id -> !id.isBlank())
        .orElse("page " + page + ", item " + (item + 1));
  }

  private static <T> Page<T> pageOf(JsonNode envelope, List<T> items, List<Unreadable> unreadable) {
    boolean hasNext =
        envelope.path("links").hasNonNull("next")
            && !envelope.path("links").path("next").asText().isEmpty();
    return new Page<>(
        items, unreadable, hasNext, envelope.path("meta").path("totalPages").asInt(1));
  }
}
