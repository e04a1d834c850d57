package com.finflow.personal.adapters;

import static com.finflow.personal.adapters.BookTable.ABSENT;
import static com.finflow.personal.adapters.BookTable.EXISTS;

import com.finflow.personal.AccountValue;
import com.finflow.personal.AccountValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * An account's values in the personal table, one item per day sorted by date under the account, so
 * a range or the latest value on or before a day is one query. Each is written on condition that
 * its account exists.
 */
final class DynamoAccountValues implements AccountValues {

  private final BookTable table;

  DynamoAccountValues(BookTable table) {
    this.table = table;
  }

  @Override
  public Recording put(String userId, AccountValue value) {
    Map<String, AttributeValue> item = BookItems.item(userId, value);
    TransactWriteItem accountExists =
        TransactWriteItem.builder()
            .conditionCheck(
                check ->
                    check
                        .tableName(table.name())
                        .key(BookItems.accountKey(userId, value.accountId()))
                        .conditionExpression(EXISTS))
            .build();
    while (true) {
      int failed = table.transact(List.of(accountExists, table.put(item, ABSENT)));
      if (failed == -1) {
        return Recording.CREATED;
      }
      if (failed == 0) {
        return Recording.NO_ACCOUNT;
      }
      failed = table.transact(List.of(accountExists, table.put(item, EXISTS)));
      if (failed == -1) {
        return Recording.REPLACED;
      }
      if (failed == 0) {
        return Recording.NO_ACCOUNT;
      }
      // The day's value was removed in between: write it as new.
    }
  }

  @Override
  public Optional<AccountValue> value(String userId, String accountId, LocalDate date) {
    return table.get(BookItems.valueKey(userId, accountId, date)).map(BookItems::value);
  }

  @Override
  public List<AccountValue> between(
      String userId, String accountId, LocalDate from, LocalDate to, int limit) {
    List<AccountValue> values = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> exclusiveStart = start;
      QueryResponse response =
          table
              .dynamoDb()
              .query(
                  table
                      .range(
                          userId,
                          BookItems.valueSortKey(accountId, from),
                          BookItems.valueSortKey(accountId, to))
                      .limit(limit - values.size())
                      .exclusiveStartKey(exclusiveStart)
                      .build());
      response.items().forEach(item -> values.add(BookItems.value(item)));
      start = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
    } while (start != null && !start.isEmpty() && values.size() < limit);
    return values;
  }

  @Override
  public Optional<AccountValue> newest(String userId, String accountId) {
    return latest(
        userId,
        BookItems.valuePrefix(accountId),
        // '~' sorts after every digit and '-': above every date.
        BookItems.valuePrefix(accountId) + "~");
  }

  /** The account's newest value dated on or before {@code day}. */
  Optional<AccountValue> valueOn(String userId, String accountId, LocalDate day) {
    return latest(userId, BookItems.valuePrefix(accountId), BookItems.valueSortKey(accountId, day));
  }

  @Override
  public boolean remove(String userId, String accountId, LocalDate date) {
    Map<String, AttributeValue> old =
        table
            .dynamoDb()
            .deleteItem(
                request ->
                    request
                        .tableName(table.name())
                        .key(BookItems.valueKey(userId, accountId, date))
                        .returnValues(ReturnValue.ALL_OLD))
            .attributes();
    return old != null && !old.isEmpty();
  }

  /** The item of greatest sort key from {@code low} to {@code high}: one query of one item. */
  private Optional<AccountValue> latest(String userId, String low, String high) {
    List<Map<String, AttributeValue>> items =
        table
            .dynamoDb()
            .query(table.range(userId, low, high).scanIndexForward(false).limit(1).build())
            .items();
    return items.stream().findFirst().map(BookItems::value);
  }
}
