package com.finflow.personal.adapters;

import static com.finflow.personal.adapters.BookItems.ACCOUNTS;
import static com.finflow.personal.adapters.BookItems.HOLDINGS;
import static com.finflow.personal.adapters.BookItems.INSTITUTIONS;
import static com.finflow.personal.adapters.PersonalItems.PK;
import static com.finflow.personal.adapters.PersonalItems.SK;
import static com.finflow.shared.aws.Items.s;

import com.finflow.personal.Account;
import com.finflow.personal.AccountKind;
import com.finflow.personal.AccountValue;
import com.finflow.personal.AccountValues;
import com.finflow.personal.Accounts;
import com.finflow.personal.Holding;
import com.finflow.personal.Holdings;
import com.finflow.personal.Institution;
import com.finflow.personal.Institutions;
import com.finflow.personal.PortfolioBook;
import com.finflow.shared.aws.Items;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A user's institutions, accounts, values and holdings in the personal table, laid out as {@link
 * BookItems} says. Every check another write could invalidate (the limits, that an institution is
 * unreferenced, that an account exists and is an investment one, that it has no holdings) is a
 * condition of the same transaction as the write it guards, on a counter kept by those writes.
 */
final class DynamoBookStore
    implements Institutions, Accounts, AccountValues, Holdings, PortfolioBook {

  // BatchWriteItem takes at most 25 requests.
  private static final int BATCH = 25;
  private static final int CONFLICT_ATTEMPTS = 4;
  private static final AttributeValue ONE = Items.n(1);
  private static final AttributeValue MINUS_ONE = Items.n(-1);
  private static final AttributeValue ZERO = Items.n(0);
  private static final String EXISTS = "attribute_exists(" + SK + ")";
  private static final String ABSENT = "attribute_not_exists(" + SK + ")";

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoBookStore(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  // Institutions

  @Override
  public Institutions.Adding add(Institution institution, int limit) {
    int failed =
        transact(
            List.of(
                count(BookItems.bookKey(institution.userId()), INSTITUTIONS).below(limit),
                put(BookItems.item(institution), ABSENT)));
    return switch (failed) {
      case -1 -> Institutions.Adding.ADDED;
      case 0 -> Institutions.Adding.LIMIT_REACHED;
      default -> throw new IllegalStateException("an institution id was issued twice");
    };
  }

  @Override
  public Optional<Institution> institution(String userId, String id) {
    return get(BookItems.institutionKey(userId, id)).map(BookItems::institution);
  }

  @Override
  public List<Institution> institutions(String userId) {
    return query(userId, BookItems.INSTITUTION_PREFIX, BookItems::institution);
  }

  @Override
  public boolean replace(Institution institution) {
    Map<String, String> names =
        Map.of(
            "#name", BookItems.NAME,
            "#country", BookItems.COUNTRY,
            "#bic", BookItems.BIC,
            "#updated", BookItems.UPDATED_AT);
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":name", s(institution.name()));
    values.put(":country", s(institution.country()));
    values.put(":updated", s(institution.updatedAt().toString()));
    String update = "SET #name = :name, #country = :country, #updated = :updated";
    if (institution.bic().isPresent()) {
      values.put(":bic", s(institution.bic().get()));
      update += ", #bic = :bic";
    } else {
      update += " REMOVE #bic";
    }
    String expression = update;
    try {
      dynamoDb.updateItem(
          request ->
              request
                  .tableName(table)
                  .key(BookItems.institutionKey(institution.userId(), institution.id()))
                  .updateExpression(expression)
                  .conditionExpression(EXISTS)
                  .expressionAttributeNames(names)
                  .expressionAttributeValues(values));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public Removal remove(String userId, String id) {
    Map<String, AttributeValue> key = BookItems.institutionKey(userId, id);
    int failed =
        transact(
            List.of(
                TransactWriteItem.builder()
                    .delete(
                        delete ->
                            delete
                                .tableName(table)
                                .key(key)
                                .conditionExpression(
                                    EXISTS + " AND (attribute_not_exists(#n) OR #n = :zero)")
                                .expressionAttributeNames(Map.of("#n", ACCOUNTS))
                                .expressionAttributeValues(Map.of(":zero", ZERO)))
                    .build(),
                add(BookItems.bookKey(userId), INSTITUTIONS, MINUS_ONE)));
    if (failed == -1) {
      return Removal.REMOVED;
    }
    return get(key).isEmpty() ? Removal.NOT_FOUND : Removal.IN_USE;
  }

  // Accounts

  @Override
  public Outcome add(Account account, int limit) {
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(count(BookItems.bookKey(account.userId()), ACCOUNTS).below(limit));
    writes.add(put(BookItems.item(account), ABSENT));
    account.institutionId().ifPresent(id -> writes.add(referTo(account.userId(), id)));
    return switch (transact(writes)) {
      case -1 -> Outcome.DONE;
      case 0 -> Outcome.LIMIT_REACHED;
      case 2 -> Outcome.NO_SUCH_INSTITUTION;
      default -> throw new IllegalStateException("an account id was issued twice");
    };
  }

  @Override
  public Optional<Account> account(String userId, String id) {
    return get(BookItems.accountKey(userId, id)).map(BookItems::account);
  }

  @Override
  public List<Account> accounts(String userId) {
    return query(userId, BookItems.ACCOUNT_PREFIX, BookItems::account);
  }

  @Override
  public Outcome replace(Account current, Account changed) {
    Map<String, String> names = new HashMap<>();
    names.put("#name", BookItems.NAME);
    names.put("#updated", BookItems.UPDATED_AT);
    names.put("#institution", BookItems.INSTITUTION_ID);
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":name", s(changed.name()));
    values.put(":updated", s(changed.updatedAt().toString()));
    values.put(":was", s(current.updatedAt().toString()));
    String update = "SET #name = :name, #updated = :updated";
    if (changed.institutionId().isPresent()) {
      values.put(":institution", s(changed.institutionId().get()));
      update += ", #institution = :institution";
    } else {
      update += " REMOVE #institution";
    }
    String expression = update;
    List<TransactWriteItem> writes = new ArrayList<>();
    // The time of the last change is the account's version: a change made since it was read
    // refuses this one, which is what keeps the institutions' counts right.
    writes.add(
        TransactWriteItem.builder()
            .update(
                write ->
                    write
                        .tableName(table)
                        .key(BookItems.accountKey(current.userId(), current.id()))
                        .updateExpression(expression)
                        .conditionExpression(EXISTS + " AND #updated = :was")
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values))
            .build());
    if (!changed.institutionId().equals(current.institutionId())) {
      changed.institutionId().ifPresent(id -> writes.add(referTo(current.userId(), id)));
      current
          .institutionId()
          .ifPresent(
              id ->
                  writes.add(
                      add(BookItems.institutionKey(current.userId(), id), ACCOUNTS, MINUS_ONE)));
    }
    int failed = transact(writes);
    if (failed == -1) {
      return Outcome.DONE;
    }
    if (failed == 0) {
      return account(current.userId(), current.id()).isEmpty()
          ? Outcome.NOT_FOUND
          : Outcome.CHANGED_MEANWHILE;
    }
    return Outcome.NO_SUCH_INSTITUTION;
  }

  @Override
  public Outcome remove(Account current) {
    Map<String, AttributeValue> key = BookItems.accountKey(current.userId(), current.id());
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(
        TransactWriteItem.builder()
            .delete(
                delete ->
                    delete
                        .tableName(table)
                        .key(key)
                        .conditionExpression(
                            EXISTS
                                + " AND #updated = :was"
                                + " AND (attribute_not_exists(#holdings) OR #holdings = :zero)")
                        .expressionAttributeNames(
                            Map.of("#updated", BookItems.UPDATED_AT, "#holdings", HOLDINGS))
                        .expressionAttributeValues(
                            Map.of(":was", s(current.updatedAt().toString()), ":zero", ZERO)))
            .build());
    writes.add(add(BookItems.bookKey(current.userId()), ACCOUNTS, MINUS_ONE));
    current
        .institutionId()
        .ifPresent(
            id ->
                writes.add(
                    add(BookItems.institutionKey(current.userId(), id), ACCOUNTS, MINUS_ONE)));
    if (transact(writes) != -1) {
      Optional<Account> stored = account(current.userId(), current.id());
      if (stored.isEmpty()) {
        return Outcome.NOT_FOUND;
      }
      return stored.get().equals(current) ? Outcome.HAS_HOLDINGS : Outcome.CHANGED_MEANWHILE;
    }
    // Values are written only while the account exists (a condition of each write): once it is
    // gone, this sweep finds every value there will ever be.
    deleteAll(current.userId(), BookItems.valuePrefix(current.id()));
    return Outcome.DONE;
  }

  // Values

  @Override
  public Recording put(String userId, AccountValue value) {
    Map<String, AttributeValue> item = BookItems.item(userId, value);
    TransactWriteItem accountExists =
        TransactWriteItem.builder()
            .conditionCheck(
                check ->
                    check
                        .tableName(table)
                        .key(BookItems.accountKey(userId, value.accountId()))
                        .conditionExpression(EXISTS))
            .build();
    while (true) {
      int failed = transact(List.of(accountExists, put(item, ABSENT)));
      if (failed == -1) {
        return Recording.CREATED;
      }
      if (failed == 0) {
        return Recording.NO_ACCOUNT;
      }
      failed = transact(List.of(accountExists, put(item, EXISTS)));
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
    return get(BookItems.valueKey(userId, accountId, date)).map(BookItems::value);
  }

  @Override
  public List<AccountValue> between(
      String userId, String accountId, LocalDate from, LocalDate to, int limit) {
    List<AccountValue> values = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> exclusiveStart = start;
      QueryResponse response =
          dynamoDb.query(
              request ->
                  request
                      .tableName(table)
                      .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                      .expressionAttributeValues(
                          Map.of(
                              ":pk", s(PersonalItems.userKey(userId)),
                              ":from", s(BookItems.valueSortKey(accountId, from)),
                              ":to", s(BookItems.valueSortKey(accountId, to))))
                      .limit(limit - values.size())
                      .consistentRead(true)
                      .exclusiveStartKey(exclusiveStart));
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

  @Override
  public Optional<AccountValue> valueOn(String userId, String accountId, LocalDate day) {
    return latest(userId, BookItems.valuePrefix(accountId), BookItems.valueSortKey(accountId, day));
  }

  @Override
  public boolean remove(String userId, String accountId, LocalDate date) {
    Map<String, AttributeValue> old =
        dynamoDb
            .deleteItem(
                request ->
                    request
                        .tableName(table)
                        .key(BookItems.valueKey(userId, accountId, date))
                        .returnValues(ReturnValue.ALL_OLD))
            .attributes();
    return old != null && !old.isEmpty();
  }

  // Holdings

  @Override
  public Holdings.Adding add(Holding holding, int limit) {
    Map<String, AttributeValue> accountKey =
        BookItems.accountKey(holding.userId(), holding.accountId());
    int failed =
        transact(
            List.of(
                TransactWriteItem.builder()
                    .update(
                        update ->
                            update
                                .tableName(table)
                                .key(accountKey)
                                .updateExpression("ADD #holdings :one")
                                .conditionExpression(
                                    EXISTS
                                        + " AND #kind = :investment"
                                        + " AND (attribute_not_exists(#holdings)"
                                        + " OR #holdings < :limit)")
                                .expressionAttributeNames(
                                    Map.of("#holdings", HOLDINGS, "#kind", BookItems.KIND))
                                .expressionAttributeValues(
                                    Map.of(
                                        ":one",
                                        ONE,
                                        ":investment",
                                        s(AccountKind.INVESTMENT.wireName()),
                                        ":limit",
                                        Items.n(limit))))
                    .build(),
                put(BookItems.item(holding), ABSENT)));
    if (failed == -1) {
      return Holdings.Adding.ADDED;
    }
    if (failed != 0) {
      throw new IllegalStateException("a holding id was issued twice");
    }
    Optional<Account> account = account(holding.userId(), holding.accountId());
    if (account.isEmpty()) {
      return Holdings.Adding.NO_ACCOUNT;
    }
    return account.get().kind() == AccountKind.INVESTMENT
        ? Holdings.Adding.LIMIT_REACHED
        : Holdings.Adding.NOT_INVESTMENT;
  }

  @Override
  public Optional<Holding> holding(String userId, String id) {
    return get(BookItems.holdingKey(userId, id)).map(BookItems::holding);
  }

  @Override
  public List<Holding> holdings(String userId) {
    return query(userId, BookItems.HOLDING_PREFIX, BookItems::holding);
  }

  @Override
  public boolean replace(Holding holding) {
    try {
      dynamoDb.putItem(
          request ->
              request
                  .tableName(table)
                  .item(BookItems.item(holding))
                  .conditionExpression(EXISTS + " AND #account = :account")
                  .expressionAttributeNames(Map.of("#account", BookItems.ACCOUNT_ID))
                  .expressionAttributeValues(Map.of(":account", s(holding.accountId()))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public boolean remove(Holding current) {
    return transact(
            List.of(
                TransactWriteItem.builder()
                    .delete(
                        delete ->
                            delete
                                .tableName(table)
                                .key(BookItems.holdingKey(current.userId(), current.id()))
                                .conditionExpression(EXISTS))
                    .build(),
                add(
                    BookItems.accountKey(current.userId(), current.accountId()),
                    HOLDINGS,
                    MINUS_ONE)))
        == -1;
  }

  // Helpers

  /** A counter on an item, to be raised by one unless it has reached a limit. */
  private record Counter(Map<String, AttributeValue> key, String attribute, String table) {
    TransactWriteItem below(int limit) {
      return TransactWriteItem.builder()
          .update(
              update ->
                  update
                      .tableName(table)
                      .key(key)
                      .updateExpression("ADD #n :one")
                      .conditionExpression("attribute_not_exists(#n) OR #n < :limit")
                      .expressionAttributeNames(Map.of("#n", attribute))
                      .expressionAttributeValues(Map.of(":one", ONE, ":limit", Items.n(limit))))
          .build();
    }
  }

  private Counter count(Map<String, AttributeValue> key, String attribute) {
    return new Counter(key, attribute, table);
  }

  /** Counts one more account at the institution, which must exist. */
  private TransactWriteItem referTo(String userId, String institutionId) {
    return TransactWriteItem.builder()
        .update(
            update ->
                update
                    .tableName(table)
                    .key(BookItems.institutionKey(userId, institutionId))
                    .updateExpression("ADD #n :one")
                    .conditionExpression(EXISTS)
                    .expressionAttributeNames(Map.of("#n", ACCOUNTS))
                    .expressionAttributeValues(Map.of(":one", ONE)))
        .build();
  }

  private TransactWriteItem add(
      Map<String, AttributeValue> key, String attribute, AttributeValue amount) {
    return TransactWriteItem.builder()
        .update(
            update ->
                update
                    .tableName(table)
                    .key(key)
                    .updateExpression("ADD #n :amount")
                    .expressionAttributeNames(Map.of("#n", attribute))
                    .expressionAttributeValues(Map.of(":amount", amount)))
        .build();
  }

  private TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
    return TransactWriteItem.builder()
        .put(put -> put.tableName(table).item(item).conditionExpression(condition))
        .build();
  }

  /** Commits the writes: -1, or the index of the first write whose condition refused them. */
  private int transact(List<TransactWriteItem> writes) {
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

  private static boolean conflicted(TransactionCanceledException e) {
    return e.hasCancellationReasons()
        && e.cancellationReasons().stream()
            .anyMatch(reason -> "TransactionConflict".equals(reason.code()));
  }

  private Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
    Map<String, AttributeValue> item =
        dynamoDb.getItem(request -> request.tableName(table).key(key).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
  }

  private <T> List<T> query(
      String userId, String prefix, Function<Map<String, AttributeValue>, T> reader) {
    QueryRequest request =
        QueryRequest.builder()
            .tableName(table)
            .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
            .expressionAttributeValues(
                Map.of(":pk", s(PersonalItems.userKey(userId)), ":prefix", s(prefix)))
            .consistentRead(true)
            .build();
    List<T> found = new ArrayList<>();
    dynamoDb.queryPaginator(request).items().forEach(item -> found.add(reader.apply(item)));
    return found;
  }

  /** The item of greatest sort key from {@code low} to {@code high}: one query of one item. */
  private Optional<AccountValue> latest(String userId, String low, String high) {
    List<Map<String, AttributeValue>> items =
        dynamoDb
            .query(
                request ->
                    request
                        .tableName(table)
                        .keyConditionExpression("pk = :pk AND sk BETWEEN :low AND :high")
                        .expressionAttributeValues(
                            Map.of(
                                ":pk", s(PersonalItems.userKey(userId)),
                                ":low", s(low),
                                ":high", s(high)))
                        .scanIndexForward(false)
                        .limit(1)
                        .consistentRead(true))
            .items();
    return items.stream().findFirst().map(BookItems::value);
  }

  private void deleteAll(String userId, String prefix) {
    QueryRequest request =
        QueryRequest.builder()
            .tableName(table)
            .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
            .expressionAttributeValues(
                Map.of(":pk", s(PersonalItems.userKey(userId)), ":prefix", s(prefix)))
            .projectionExpression(PK + ", " + SK)
            .consistentRead(true)
            .build();
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

  private void writeAll(List<WriteRequest> writes) {
    Map<String, List<WriteRequest>> pending = Map.of(table, List.copyOf(writes));
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
