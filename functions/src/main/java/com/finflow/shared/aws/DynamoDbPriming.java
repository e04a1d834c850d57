package com.finflow.shared.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Primes the DynamoDB client on the tables the function was given ({@link GivenResources}): reads
 * (one item, a batch, a query) of a key that cannot exist, and requests shaped like the functions'
 * writes that DynamoDB refuses, so that marshalling, signing, HTTP and response parsing are loaded
 * and warm in the snapshot, and nothing changes. Like each service's priming, a class of its own:
 * see {@link AwsClients}.
 */
final class DynamoDbPriming {

  private DynamoDbPriming() {}

  static void prime(DynamoDbClient dynamoDb, List<String> tables) {
    tables.forEach(
        table -> {
          TableDescription description =
              dynamoDb.describeTable(request -> request.tableName(table)).table();
          Map<String, AttributeValue> key = new LinkedHashMap<>();
          for (KeySchemaElement element : description.keySchema()) {
            String type =
                description.attributeDefinitions().stream()
                    .filter(d -> d.attributeName().equals(element.attributeName()))
                    .findFirst()
                    .map(d -> d.attributeTypeAsString())
                    .orElse("S");
            key.put(element.attributeName(), absentValue(type));
          }
          dynamoDb.getItem(request -> request.tableName(table).key(key));
          // Reads of many items go through one path, with and without a projection.
          ItemBatches.get(dynamoDb, table, List.of(key), true);
          ItemBatches.get(
              dynamoDb, table, List.of(key), false, List.of(key.keySet().iterator().next()));
          refusedWrites(dynamoDb, table, key, description.keySchema().get(0).attributeName());
        });
  }

  /**
   * The write-shaped requests the functions make, each with a condition that the absent key fails,
   * so DynamoDB refuses it and writes nothing; and a query of the absent partition.
   */
  private static void refusedWrites(
      DynamoDbClient dynamoDb, String table, Map<String, AttributeValue> key, String partitionKey) {
    String exists = "attribute_exists(#k)";
    Map<String, String> names = Map.of("#k", partitionKey);
    Map<String, AttributeValue> values = Map.of(":v", AttributeValue.fromS(AbsentResources.KEY));
    List<Runnable> requests =
        List.of(
            () ->
                dynamoDb.putItem(
                    r ->
                        r.tableName(table)
                            .item(key)
                            .conditionExpression(exists)
                            .expressionAttributeNames(names)),
            () ->
                dynamoDb.updateItem(
                    r ->
                        r.tableName(table)
                            .key(key)
                            .updateExpression("SET #p = :v")
                            .conditionExpression(exists)
                            .expressionAttributeNames(Map.of("#k", partitionKey, "#p", "priming"))
                            .expressionAttributeValues(values)),
            () ->
                dynamoDb.deleteItem(
                    r ->
                        r.tableName(table)
                            .key(key)
                            .conditionExpression(exists)
                            .expressionAttributeNames(names)),
            () ->
                dynamoDb.transactWriteItems(
                    r -> r.transactItems(refusedTransaction(table, key, partitionKey))),
            () ->
                dynamoDb.query(
                    r ->
                        r.tableName(table)
                            .keyConditionExpression("#k = :k")
                            .expressionAttributeNames(names)
                            .expressionAttributeValues(Map.of(":k", key.get(partitionKey)))));
    for (Runnable request : requests) {
      try {
        request.run();
      } catch (ConditionalCheckFailedException | TransactionCanceledException refused) {
        // what priming asks for: the condition held nothing back but the write
      }
    }
  }

  /**
   * A transaction of each kind of item the functions write, each on its own absent key (one item
   * per key in a transaction) and each conditioned on that key existing: all of it is cancelled.
   */
  private static List<TransactWriteItem> refusedTransaction(
      String table, Map<String, AttributeValue> key, String partitionKey) {
    String exists = "attribute_exists(#k)";
    Map<String, String> names = Map.of("#k", partitionKey);
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Map<String, AttributeValue> absent = new LinkedHashMap<>(key);
      absent.put(partitionKey, another(key.get(partitionKey), i));
      keys.add(absent);
    }
    return List.of(
        TransactWriteItem.builder()
            .conditionCheck(
                c ->
                    c.tableName(table)
                        .key(keys.get(0))
                        .conditionExpression(exists)
                        .expressionAttributeNames(names))
            .build(),
        TransactWriteItem.builder()
            .put(
                p ->
                    p.tableName(table)
                        .item(keys.get(1))
                        .conditionExpression(exists)
                        .expressionAttributeNames(names))
            .build(),
        TransactWriteItem.builder()
            .update(
                u ->
                    u.tableName(table)
                        .key(keys.get(2))
                        .updateExpression("SET #p = :v")
                        .conditionExpression(exists)
                        .expressionAttributeNames(Map.of("#k", partitionKey, "#p", "priming"))
                        .expressionAttributeValues(
                            Map.of(":v", AttributeValue.fromS(AbsentResources.KEY))))
            .build(),
        TransactWriteItem.builder()
            .delete(
                d ->
                    d.tableName(table)
                        .key(keys.get(3))
                        .conditionExpression(exists)
                        .expressionAttributeNames(names))
            .build());
  }

  /** The i-th of further absent values of the same type. */
  private static AttributeValue another(AttributeValue absent, int i) {
    if (absent.s() != null) {
      return AttributeValue.fromS(absent.s() + "#" + i);
    }
    if (absent.n() != null) {
      return AttributeValue.fromN(Integer.toString(-2 - i));
    }
    return AttributeValue.fromB(SdkBytes.fromUtf8String(AbsentResources.KEY + "#" + i));
  }

  private static AttributeValue absentValue(String type) {
    return switch (type) {
      case "N" -> AttributeValue.fromN("-1");
      case "B" -> AttributeValue.fromB(SdkBytes.fromUtf8String(AbsentResources.KEY));
      default -> AttributeValue.fromS(AbsentResources.KEY);
    };
  }
}
