package com.finflow.personal.adapters;

import static com.finflow.personal.adapters.BookItems.ACCOUNTS;
import static com.finflow.personal.adapters.PersonalItems.PK;
import static com.finflow.personal.adapters.PersonalItems.SK;
import static com.finflow.shared.aws.Items.s;

import com.finflow.personal.Account;
import com.finflow.shared.aws.Items;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The personal table as the book's stores share it: reads of a user's items, and transactions whose
 * refusals name the write whose condition refused them. Every check another write could invalidate
 * (a limit, that an institution is unreferenced, that an account exists and is an investment one,
 * that it has no holdings) is a condition of the same transaction as the write it guards, on a
 * counter those writes keep.
 */
final class BookTable {

  static final AttributeValue ONE = Items.n(1);
  static final AttributeValue MINUS_ONE = Items.n(-1);
  static final AttributeValue ZERO = Items.n(0);
  static final String EXISTS = "attribute_exists(" + SK + ")";
  static final String ABSENT = "attribute_not_exists(" + SK + ")";

  // BatchWriteItem takes at most 25 requests.
  private static final int BATCH = 25;
  private static final int CONFLICT_ATTEMPTS = 4;

  private final DynamoDbClient dynamoDb;
  private final String name;

  BookTable(DynamoDbClient dynamoDb, String name) {
    this.dynamoDb = dynamoDb;
    this.name = name;
  }

  DynamoDbClient dynamoDb() {
    return dynamoDb;
  }

  String name() {
    return name;
  }

  /** Raises a counter on an item by one, unless it has reached {@code limit}. */
  TransactWriteItem countBelow(Map<String, AttributeValue> key, String counter, int limit) {
    return adding(
        key,
        counter,
        ONE,
        Optional.of("attribute_not_exists(#n) OR #n < :limit"),
        Map.of(),
        Map.of(":limit", Items.n(limit)));
  }

  /** Counts one more account at the institution, which must exist. */
  TransactWriteItem referTo(String userId, String institutionId) {
    return adding(
        BookItems.institutionKey(userId, institutionId),
        ACCOUNTS,
        ONE,
        Optional.of(EXISTS),
        Map.of(),
        Map.of());
  }

  TransactWriteItem add(Map<String, AttributeValue> key, String attribute, AttributeValue amount) {
    return adding(key, attribute, amount, Optional.empty(), Map.of(), Map.of());
  }

  /**
   * {@code ADD #n :amount} on one attribute ({@code #n}), under a condition when one is given, with
   * the condition's own names and values.
   */
  TransactWriteItem adding(
      Map<String, AttributeValue> key,
      String attribute,
      AttributeValue amount,
      Optional<String> condition,
      Map<String, String> conditionNames,
      Map<String, AttributeValue> conditionValues) {
    Map<String, String> names = new HashMap<>(conditionNames);
    names.put("#n", attribute);
    Map<String, AttributeValue> values = new HashMap<>(conditionValues);
    values.put(":amount", amount);
    return TransactWriteItem.builder()
        .update(
            update ->
                update
                    .tableName(name)
                    .key(key)
                    .updateExpression("ADD #n :amount")
                    .conditionExpression(condition.orElse(null))
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values))
        .build();
  }

  TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
    return TransactWriteItem.builder()
        .put(put -> put.tableName(name).item(item).conditionExpression(condition))
        .build();
  }

  /** Commits the writes: -1, or the index of the first write whose condition refused them. */
  int transact(List<TransactWriteItem> writes) {
    for (int attempt = 1; ; attempt++) {
      try {
        dynamoDb.transactWriteItems(request -> request.transactItems(writes));
        return -1;
      } catch (TransactionCanceledException e) {
        if (Items.failedOnlyOnConditions(e)) {
          for (int i = 0; i < writes.size(); i++) {
            if (Items.failedAt(e, i)) {
              return i;
            }
          }
        }
        // Another transaction on the same items was under way: the conditions are read again.
        if (attempt == CONFLICT_ATTEMPTS || !conflicted(e)) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
    Map<String, AttributeValue> item =
        dynamoDb.getItem(request -> request.tableName(name).key(key).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
  }

  /** The user's account, read consistently. */
  Optional<Account> account(String userId, String accountId) {
    return get(BookItems.accountKey(userId, accountId)).map(BookItems::account);
  }

  /** Every item of the user whose sort key starts with {@code prefix}. */
  <T> List<T> query(String userId, String prefix, Function<Map<String, AttributeValue>, T> reader) {
    List<T> found = new ArrayList<>();
    dynamoDb
        .queryPaginator(ofPrefix(userId, prefix).build())
        .items()
        .forEach(item -> found.add(reader.apply(item)));
    return found;
  }

  /** Deletes every item of the user whose sort key starts with {@code prefix}. */
  void deleteAll(String userId, String prefix) {
    QueryRequest request = ofPrefix(userId, prefix).projectionExpression(PK + ", " + SK).build();
    List<WriteRequest> deletes = new ArrayList<>();
    for (Map<String, AttributeValue> key : dynamoDb.queryPaginator(request).items()) {
      deletes.add(WriteRequest.builder().deleteRequest(delete -> delete.key(key)).build());
      if (deletes.size() == BATCH) {
        writeAll(deletes);
        deletes.clear();
      }
    }
    if (!deletes.isEmpty()) {
      writeAll(deletes);
    }
  }

  /**
   * A consistent query of the user's items whose sort key lies from {@code low} to {@code high}.
   */
  QueryRequest.Builder range(String userId, String low, String high) {
    return QueryRequest.builder()
        .tableName(name)
        .keyConditionExpression("pk = :pk AND sk BETWEEN :low AND :high")
        .expressionAttributeValues(
            Map.of(":pk", s(PersonalItems.userKey(userId)), ":low", s(low), ":high", s(high)))
        .consistentRead(true);
  }

  private QueryRequest.Builder ofPrefix(String userId, String prefix) {
    return QueryRequest.builder()
        .tableName(name)
        .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
        .expressionAttributeValues(
            Map.of(":pk", s(PersonalItems.userKey(userId)), ":prefix", s(prefix)))
        .consistentRead(true);
  }

  private void writeAll(List<WriteRequest> writes) {
    Map<String, List<WriteRequest>> pending = Map.of(name, List.copyOf(writes));
    for (int attempt = 0; !pending.isEmpty(); attempt++) {
      if (attempt > 0) {
        pause(attempt);
      }
      Map<String, List<WriteRequest>> batch = pending;
      BatchWriteItemResponse response =
          dynamoDb.batchWriteItem(request -> request.requestItems(batch));
      pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
    }
  }

  private static boolean conflicted(TransactionCanceledException e) {
    return e.hasCancellationReasons()
        && e.cancellationReasons().stream()
            .anyMatch(reason -> "TransactionConflict".equals(reason.code()));
  }

  // Unprocessed items and conflicting transactions are retried after a growing pause.
  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(1_000L, 25L << Math.min(attempt, 6)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry a write", e);
    }
  }
}
