package com.finflow.personal.adapters;

import static com.finflow.shared.aws.Items.s;

import com.finflow.personal.Account;
import com.finflow.personal.AccountKind;
import com.finflow.personal.AccountValue;
import com.finflow.personal.Holding;
import com.finflow.personal.Institution;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The layout of a user's book in the personal table, under the user's partition ({@code pk =
 * USER#<user id>}, see {@link PersonalItems}). Sort keys:
 *
 * <ul>
 *   <li>{@code BOOK}: how many institutions and accounts the user has ({@code institutions}, {@code
 *       accounts}), which the limits are checked against in the transaction that adds one;
 *   <li>{@code INSTITUTION#<id>}, with {@code accounts}: how many accounts refer to it;
 *   <li>{@code ACCOUNT#<id>}, with {@code holdings}: how many holdings it has;
 *   <li>{@code VALUE#<account id>#<yyyy-MM-dd>}: account ids have one length, so the values of an
 *       account are one key range, in date order;
 *   <li>{@code HOLDING#<id>}.
 * </ul>
 *
 * Amounts are kept as the decimal strings they were written with, so they read back exactly.
 */
final class BookItems {

  static final String BOOK = "BOOK";
  static final String INSTITUTION_PREFIX = "INSTITUTION#";
  static final String ACCOUNT_PREFIX = "ACCOUNT#";
  static final String VALUE_PREFIX = "VALUE#";
  static final String HOLDING_PREFIX = "HOLDING#";

  static final String INSTITUTIONS = "institutions";
  static final String ACCOUNTS = "accounts";
  static final String HOLDINGS = "holdings";

  static final String NAME = "name";
  static final String COUNTRY = "country";
  static final String BIC = "bic";
  static final String KIND = "kind";
  static final String CURRENCY = "currency";
  static final String INSTITUTION_ID = "institution_id";
  static final String ACCOUNT_ID = "account_id";
  static final String BALANCE = "balance";
  static final String CASH_BALANCE = "cash_balance";
  static final String SYMBOL = "symbol";
  static final String QUANTITY = "quantity";
  static final String COST_BASIS = "cost_basis";
  static final String COST_CURRENCY = "cost_currency";
  static final String CREATED_AT = "created_at";
  static final String UPDATED_AT = "updated_at";
  static final String RECORDED_AT = "recorded_at";

  private BookItems() {}

  static Map<String, AttributeValue> bookKey(String userId) {
    return PersonalItems.key(userId, BOOK);
  }

  static Map<String, AttributeValue> institutionKey(String userId, String id) {
    return PersonalItems.key(userId, INSTITUTION_PREFIX + id);
  }

  static Map<String, AttributeValue> accountKey(String userId, String id) {
    return PersonalItems.key(userId, ACCOUNT_PREFIX + id);
  }

  static String valuePrefix(String accountId) {
    return VALUE_PREFIX + accountId + "#";
  }

  static String valueSortKey(String accountId, LocalDate date) {
    return valuePrefix(accountId) + date;
  }

  static Map<String, AttributeValue> valueKey(String userId, String accountId, LocalDate date) {
    return PersonalItems.key(userId, valueSortKey(accountId, date));
  }

  static Map<String, AttributeValue> holdingKey(String userId, String id) {
    return PersonalItems.key(userId, HOLDING_PREFIX + id);
  }

  static Map<String, AttributeValue> item(Institution institution) {
    Map<String, AttributeValue> item =
        new HashMap<>(institutionKey(institution.userId(), institution.id()));
    item.put(NAME, s(institution.name()));
    item.put(COUNTRY, s(institution.country()));
    institution.bic().ifPresent(bic -> item.put(BIC, s(bic)));
    item.put(CREATED_AT, s(institution.createdAt().toString()));
    item.put(UPDATED_AT, s(institution.updatedAt().toString()));
    return item;
  }

  static Institution institution(Map<String, AttributeValue> item) {
    return new Institution(
        item.get(PersonalItems.SK).s().substring(INSTITUTION_PREFIX.length()),
        userOf(item),
        item.get(NAME).s(),
        item.get(COUNTRY).s(),
        text(item, BIC),
        Instant.parse(item.get(CREATED_AT).s()),
        Instant.parse(item.get(UPDATED_AT).s()));
  }

  static Map<String, AttributeValue> item(Account account) {
    Map<String, AttributeValue> item = new HashMap<>(accountKey(account.userId(), account.id()));
    item.put(NAME, s(account.name()));
    item.put(KIND, s(account.kind().wireName()));
    item.put(CURRENCY, s(account.currency()));
    account.institutionId().ifPresent(id -> item.put(INSTITUTION_ID, s(id)));
    item.put(CREATED_AT, s(account.createdAt().toString()));
    item.put(UPDATED_AT, s(account.updatedAt().toString()));
    return item;
  }

  static Account account(Map<String, AttributeValue> item) {
    return new Account(
        item.get(PersonalItems.SK).s().substring(ACCOUNT_PREFIX.length()),
        userOf(item),
        item.get(NAME).s(),
        AccountKind.of(item.get(KIND).s()).orElseThrow(),
        item.get(CURRENCY).s(),
        text(item, INSTITUTION_ID),
        Instant.parse(item.get(CREATED_AT).s()),
        Instant.parse(item.get(UPDATED_AT).s()));
  }

  static Map<String, AttributeValue> item(String userId, AccountValue value) {
    Map<String, AttributeValue> item =
        new HashMap<>(valueKey(userId, value.accountId(), value.date()));
    item.put(ACCOUNT_ID, s(value.accountId()));
    item.put(BALANCE, s(value.balance().toPlainString()));
    value.cashBalance().ifPresent(cash -> item.put(CASH_BALANCE, s(cash.toPlainString())));
    item.put(RECORDED_AT, s(value.recordedAt().toString()));
    return item;
  }

  static AccountValue value(Map<String, AttributeValue> item) {
    String sortKey = item.get(PersonalItems.SK).s();
    return new AccountValue(
        item.get(ACCOUNT_ID).s(),
        LocalDate.parse(sortKey.substring(sortKey.lastIndexOf('#') + 1)),
        new BigDecimal(item.get(BALANCE).s()),
        text(item, CASH_BALANCE).map(BigDecimal::new),
        Instant.parse(item.get(RECORDED_AT).s()));
  }

  static Map<String, AttributeValue> item(Holding holding) {
    Map<String, AttributeValue> item = new HashMap<>(holdingKey(holding.userId(), holding.id()));
    item.put(ACCOUNT_ID, s(holding.accountId()));
    item.put(SYMBOL, s(holding.symbol()));
    item.put(QUANTITY, s(holding.quantity().toPlainString()));
    item.put(COST_BASIS, s(holding.costBasis().toPlainString()));
    item.put(COST_CURRENCY, s(holding.costCurrency()));
    item.put(CREATED_AT, s(holding.createdAt().toString()));
    item.put(UPDATED_AT, s(holding.updatedAt().toString()));
    return item;
  }

  static Holding holding(Map<String, AttributeValue> item) {
    return new Holding(
        item.get(PersonalItems.SK).s().substring(HOLDING_PREFIX.length()),
        userOf(item),
        item.get(ACCOUNT_ID).s(),
        item.get(SYMBOL).s(),
        new BigDecimal(item.get(QUANTITY).s()),
        new BigDecimal(item.get(COST_BASIS).s()),
        item.get(COST_CURRENCY).s(),
        Instant.parse(item.get(CREATED_AT).s()),
        Instant.parse(item.get(UPDATED_AT).s()));
  }

  private static String userOf(Map<String, AttributeValue> item) {
    return item.get(PersonalItems.PK).s().substring("USER#".length());
  }

  private static Optional<String> text(Map<String, AttributeValue> item, String name) {
    return Optional.ofNullable(item.get(name)).map(AttributeValue::s);
  }
}
