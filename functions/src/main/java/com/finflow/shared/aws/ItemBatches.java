package com.finflow.shared.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** Items read by key, 100 to a {@code BatchGetItem}, the keys it leaves unprocessed asked again. */
public final class ItemBatches {

  private static final int BATCH_GET_LIMIT = 100;

  private ItemBatches() {}

  /** The items of those keys that exist, in no particular order. */
  public static List<Map<String, AttributeValue>> get(
      DynamoDbClient dynamoDb,
      String table,
      List<Map<String, AttributeValue>> keys,
      boolean consistent) {
    return get(dynamoDb, table, keys, consistent, List.of());
  }

  /** The same, each item with only the {@code attributes} named (all of them when none). */
  public static List<Map<String, AttributeValue>> get(
      DynamoDbClient dynamoDb,
      String table,
      List<Map<String, AttributeValue>> keys,
      boolean consistent,
      List<String> attributes) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String attribute : attributes) {
      names.put("#p" + names.size(), attribute);
    }
    String projection = names.isEmpty() ? null : String.join(", ", names.keySet());
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
      Map<String, KeysAndAttributes> request =
          Map.of(
              table,
              KeysAndAttributes.builder()
                  .keys(keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT)))
                  .consistentRead(consistent)
                  .projectionExpression(projection)
                  .expressionAttributeNames(names.isEmpty() ? null : names)
                  .build());
      int attempt = 0;
      while (!request.isEmpty()) {
        Map<String, KeysAndAttributes> unprocessed = request;
        var response = dynamoDb.batchGetItem(batch -> batch.requestItems(unprocessed));
        items.addAll(response.responses().getOrDefault(table, List.of()));
        request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        if (!request.isEmpty()) {
          backOff(++attempt);
        }
      }
    }
    return items;
  }

  private static void backOff(int attempt) {
    try {
      Thread.sleep(Math.min(1000, 10L << Math.min(attempt, 6)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    }
  }
}
