package com.finflow.personal.adapters;

import static com.finflow.personal.adapters.PersonalItems.PK;
import static com.finflow.personal.adapters.PersonalItems.SK;
import static com.finflow.shared.aws.Items.s;

import com.finflow.personal.Profile;
import com.finflow.personal.Profiles;
import com.finflow.personal.Transaction;
import com.finflow.personal.TransactionFilter;
import com.finflow.personal.TransactionPage;
import com.finflow.personal.Transactions;
import com.finflow.shared.aws.Items;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Profiles and transactions in the personal table, laid out as {@link PersonalItems} says. */
final class DynamoPersonalStore implements Profiles, Transactions {

  /**
   * How many items one list request reads at most before answering: a filter that matches few
   * transactions gets a shorter page and a cursor rather than a request that reads everything.
   */
  static final int MAX_EVALUATED = 2_000;

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoPersonalStore(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public Optional<Profile> find(String userId) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                request ->
                    request
                        .tableName(table)
                        .key(PersonalItems.key(userId, PersonalItems.PROFILE))
                        .consistentRead(true))
            .item();
    return item == null || item.isEmpty()
        ? Optional.empty()
        : Optional.of(PersonalItems.profile(item));
  }

  @Override
  public void save(String userId, Profile profile) {
    dynamoDb.putItem(request -> request.tableName(table).item(PersonalItems.item(userId, profile)));
  }

  @Override
  public Recording record(Transaction transaction, Optional<Claim> claim) {
    Map<String, AttributeValue> item = PersonalItems.item(transaction);
    if (claim.isEmpty()) {
      dynamoDb.putItem(
          request ->
              request
                  .tableName(table)
                  .item(item)
                  .conditionExpression("attribute_not_exists(" + SK + ")"));
      return new Recording.Recorded();
    }
    Claim key = claim.get();
    Map<String, AttributeValue> claimItem =
        new HashMap<>(
            PersonalItems.key(transaction.userId(), PersonalItems.IDEMPOTENCY_PREFIX + key.key()));
    claimItem.put(PersonalItems.FINGERPRINT, s(key.fingerprint()));
    claimItem.put(PersonalItems.ANSWER, s(key.answer()));
    claimItem.put(PersonalItems.EXPIRES_AT, Items.n(key.expiresAt().getEpochSecond()));
    List<TransactWriteItem> writes =
        List.of(
            TransactWriteItem.builder()
                .put(
                    put ->
                        put.tableName(table)
                            .item(claimItem)
                            .conditionExpression("attribute_not_exists(" + SK + ")"))
                .build(),
            TransactWriteItem.builder()
                .put(
                    put ->
                        put.tableName(table)
                            .item(item)
                            .conditionExpression("attribute_not_exists(" + SK + ")"))
                .build());
    if (Items.commitUnlessFirstRefused(dynamoDb, writes)) {
      return new Recording.Recorded();
    }
    Map<String, AttributeValue> earlier =
        dynamoDb
            .getItem(
                request ->
                    request
                        .tableName(table)
                        .key(
                            PersonalItems.key(
                                transaction.userId(), PersonalItems.IDEMPOTENCY_PREFIX + key.key()))
                        .consistentRead(true))
            .item();
    return earlier.get(PersonalItems.FINGERPRINT).s().equals(key.fingerprint())
        ? new Recording.Replay(earlier.get(PersonalItems.ANSWER).s())
        : new Recording.KeyReusedForAnotherRequest();
  }

  @Override
  public Optional<Transaction> find(String userId, String id) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                request ->
                    request
                        .tableName(table)
                        .key(PersonalItems.transactionKey(userId, id))
                        .consistentRead(true))
            .item();
    return item == null || item.isEmpty()
        ? Optional.empty()
        : Optional.of(PersonalItems.transaction(item));
  }

  @Override
  public boolean replace(Transaction transaction) {
    try {
      dynamoDb.putItem(
          request ->
              request
                  .tableName(table)
                  .item(PersonalItems.item(transaction))
                  .conditionExpression("attribute_exists(" + SK + ")"));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public boolean delete(String userId, String id) {
    Map<String, AttributeValue> old =
        dynamoDb
            .deleteItem(
                request ->
                    request
                        .tableName(table)
                        .key(PersonalItems.transactionKey(userId, id))
                        .returnValues(ReturnValue.ALL_OLD))
            .attributes();
    return old != null && !old.isEmpty();
  }

  @Override
  public TransactionPage page(
      String userId, TransactionFilter filter, Optional<String> after, int limit) {
    List<Transaction> items = new ArrayList<>();
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":pk", s(PersonalItems.userKey(userId)));
    values.put(":prefix", s(PersonalItems.TRANSACTION_PREFIX));
    Map<String, String> names = new HashMap<>();
    String filterExpression = FilterExpressions.of(filter, values, names);
    Map<String, AttributeValue> start =
        after.map(id -> PersonalItems.transactionKey(userId, id)).orElse(null);
    int evaluated = 0;
    while (true) {
      Map<String, AttributeValue> exclusiveStart = start;
      int batch = Math.min(MAX_EVALUATED - evaluated, Math.max(limit - items.size(), 100));
      QueryResponse response =
          dynamoDb.query(
              request -> {
                request
                    .tableName(table)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                    .expressionAttributeValues(values)
                    .scanIndexForward(false)
                    .limit(batch)
                    // Strongly consistent: the analytics refresher must see every write before
                    // the mark it read, and a list shows the caller's own last write.
                    .consistentRead(true)
                    .exclusiveStartKey(exclusiveStart);
                if (!filterExpression.isEmpty()) {
                  request.filterExpression(filterExpression).expressionAttributeNames(names);
                }
              });
      evaluated += response.scannedCount();
      for (Map<String, AttributeValue> item : response.items()) {
        items.add(PersonalItems.transaction(item));
        if (items.size() == limit) {
          // The next page starts after the last item shown, even if this query read further.
          return new TransactionPage(items, Optional.of(items.get(limit - 1).id()));
        }
      }
      Map<String, AttributeValue> last = response.lastEvaluatedKey();
      if (last == null || last.isEmpty()) {
        return new TransactionPage(items, Optional.empty());
      }
      if (evaluated >= MAX_EVALUATED) {
        return new TransactionPage(
            items,
            Optional.of(last.get(SK).s().substring(PersonalItems.TRANSACTION_PREFIX.length())));
      }
      start = Map.of(PK, last.get(PK), SK, last.get(SK));
    }
  }
}
