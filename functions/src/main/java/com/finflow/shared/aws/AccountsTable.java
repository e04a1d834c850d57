package com.finflow.shared.aws;

import com.finflow.shared.money.Money;
import java.util.Currency;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The accounts table's reservation contract, written by two features: accounts open an account with
 * its balance, and transfers reserve funds on it and later debit what was executed. Both go through
 * this class, so the columns and the rule that keeps them consistent ({@code available = balance -
 * reserved}) live in one place.
 *
 * <p>{@code available_minor} is stored beside balance and reservation because DynamoDB conditions
 * cannot compute {@code balance - reserved}: a reservation compares against it.
 */
public final class AccountsTable {

  public static final String IBAN = "iban";
  public static final String BIC = "bic";
  public static final String ORGANIZATION_ID = "organization_id";
  public static final String CURRENCY = "currency";
  public static final String BALANCE_MINOR = "balance_minor";
  public static final String RESERVED_MINOR = "reserved_minor";
  public static final String AVAILABLE_MINOR = "available_minor";
  public static final String CREATED_AT = "created_at";

  private AccountsTable() {}

  public static Map<String, AttributeValue> key(String iban) {
    return Map.of(IBAN, Items.s(iban));
  }

  /** The reservation columns of a new account: nothing reserved, everything available. */
  public static Map<String, AttributeValue> openingColumns(Money balance) {
    return Map.of(
        CURRENCY, Items.s(balance.currency().getCurrencyCode()),
        BALANCE_MINOR, Items.n(balance.minorUnits()),
        RESERVED_MINOR, Items.n(0),
        AVAILABLE_MINOR, Items.n(balance.minorUnits()));
  }

  /**
   * Reserves {@code amount} on the organization's account in its currency, only if that much is
   * available: fails its condition when the account is missing, someone else's, in another
   * currency, or short.
   */
  public static Update reserve(String table, String iban, String organizationId, Money amount) {
    return Update.builder()
        .tableName(table)
        .key(key(iban))
        .conditionExpression(
            "attribute_exists("
                + IBAN
                + ") AND "
                + ORGANIZATION_ID
                + " = :org AND "
                + CURRENCY
                + " = :currency AND "
                + AVAILABLE_MINOR
                + " >= :amount")
        .updateExpression(
            "SET "
                + RESERVED_MINOR
                + " = "
                + RESERVED_MINOR
                + " + :amount, "
                + AVAILABLE_MINOR
                + " = "
                + AVAILABLE_MINOR
                + " - :amount")
        .expressionAttributeValues(
            Map.of(
                ":org",
                Items.s(organizationId),
                ":currency",
                Items.s(amount.currency().getCurrencyCode()),
                ":amount",
                Items.n(amount.minorUnits())))
        .build();
  }

  /**
   * Ends a reservation: debits what was executed from the balance and releases the whole
   * reservation, so what was reserved but not executed becomes available again.
   */
  public static Update settle(String table, String iban, Money reserved, Money executed) {
    return Update.builder()
        .tableName(table)
        .key(key(iban))
        .conditionExpression(RESERVED_MINOR + " >= :reserved")
        .updateExpression(
            "SET "
                + BALANCE_MINOR
                + " = "
                + BALANCE_MINOR
                + " - :executed, "
                + RESERVED_MINOR
                + " = "
                + RESERVED_MINOR
                + " - :reserved, "
                + AVAILABLE_MINOR
                + " = "
                + AVAILABLE_MINOR
                + " + :released")
        .expressionAttributeValues(
            Map.of(
                ":executed",
                Items.n(executed.minorUnits()),
                ":reserved",
                Items.n(reserved.minorUnits()),
                ":released",
                Items.n(reserved.minorUnits() - executed.minorUnits())))
        .build();
  }

  /** The money columns of an account item as read. */
  public static Money money(Map<String, AttributeValue> item, String column) {
    return new Money(
        Long.parseLong(item.get(column).n()), Currency.getInstance(item.get(CURRENCY).s()));
  }
}
