package com.finflow.personal.adapters;

import static com.finflow.shared.aws.Items.s;

import com.finflow.personal.Direction;
import com.finflow.personal.Profile;
import com.finflow.personal.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The layout of the personal table: every item of a user under {@code pk = USER#<user id>}, so no
 * query can reach another user's data. Sort keys: {@code PROFILE}, {@code TX#<id>} (ids are
 * time-ordered UUIDs, so the key order is the recording order), {@code IDEMPOTENCY#<key>}.
 */
final class PersonalItems {

  static final String PK = "pk";
  static final String SK = "sk";
  static final String PROFILE = "PROFILE";
  static final String TRANSACTION_PREFIX = "TX#";
  static final String IDEMPOTENCY_PREFIX = "IDEMPOTENCY#";

  static final String ACCOUNT_ID = "account_id";
  static final String AMOUNT = "amount";
  static final String DIRECTION = "direction";
  static final String CURRENCY = "currency";
  static final String CATEGORY = "category";
  static final String DESCRIPTION = "description";
  static final String OCCURRED_AT = "occurred_at";
  // Epoch milliseconds of occurred_at: what date filters compare, whatever the offset given.
  static final String OCCURRED_MS = "occurred_ms";
  static final String CREATED_AT = "created_at";
  static final String UPDATED_AT = "updated_at";
  static final String TIME_ZONE = "time_zone";
  static final String PRIMARY_CURRENCY = "primary_currency";
  static final String FINGERPRINT = "fingerprint";
  static final String ANSWER = "answer";
  static final String EXPIRES_AT = "expires_at";

  private PersonalItems() {}

  static String userKey(String userId) {
    return "USER#" + userId;
  }

  static Map<String, AttributeValue> key(String userId, String sortKey) {
    return Map.of(PK, s(userKey(userId)), SK, s(sortKey));
  }

  static Map<String, AttributeValue> transactionKey(String userId, String id) {
    return key(userId, TRANSACTION_PREFIX + id);
  }

  static Map<String, AttributeValue> item(Transaction transaction) {
    Map<String, AttributeValue> item =
        new HashMap<>(transactionKey(transaction.userId(), transaction.id()));
    item.put(ACCOUNT_ID, s(transaction.accountId()));
    // A DynamoDB number holds 38 significant digits exactly and compares numerically: the amount
    // filters run on it.
    item.put(AMOUNT, AttributeValue.fromN(transaction.amount().toPlainString()));
    item.put(DIRECTION, s(transaction.direction().wireName()));
    item.put(CURRENCY, s(transaction.currency()));
    item.put(CATEGORY, s(transaction.category()));
    transaction.description().ifPresent(text -> item.put(DESCRIPTION, s(text)));
    item.put(
        OCCURRED_AT, s(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(transaction.occurredAt())));
    item.put(
        OCCURRED_MS,
        AttributeValue.fromN(Long.toString(transaction.occurredAt().toInstant().toEpochMilli())));
    item.put(CREATED_AT, s(transaction.createdAt().toString()));
    item.put(UPDATED_AT, s(transaction.updatedAt().toString()));
    return item;
  }

  static Transaction transaction(Map<String, AttributeValue> item) {
    return new Transaction(
        item.get(SK).s().substring(TRANSACTION_PREFIX.length()),
        item.get(PK).s().substring("USER#".length()),
        item.get(ACCOUNT_ID).s(),
        new BigDecimal(item.get(AMOUNT).n()),
        Direction.of(item.get(DIRECTION).s()).orElseThrow(),
        item.get(CURRENCY).s(),
        item.get(CATEGORY).s(),
        Optional.ofNullable(item.get(DESCRIPTION)).map(AttributeValue::s),
        OffsetDateTime.parse(item.get(OCCURRED_AT).s()),
        Instant.parse(item.get(CREATED_AT).s()),
        Instant.parse(item.get(UPDATED_AT).s()));
  }

  static Map<String, AttributeValue> item(String userId, Profile profile) {
    Map<String, AttributeValue> item = new HashMap<>(key(userId, PROFILE));
    item.put(PRIMARY_CURRENCY, s(profile.primaryCurrency()));
    item.put(TIME_ZONE, s(profile.timeZone().getId()));
    return item;
  }

  static Profile profile(Map<String, AttributeValue> item) {
    return new Profile(item.get(PRIMARY_CURRENCY).s(), ZoneId.of(item.get(TIME_ZONE).s()));
  }
}
