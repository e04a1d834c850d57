package com.finflow.identity.adapters;

import static com.finflow.shared.aws.Items.s;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The identity table holds every kind of item under one partition key, {@code pk}, such as {@code
 * USER#id}.
 */
final class IdentityTable {

  private IdentityTable() {}

  static Map<String, AttributeValue> key(String pk) {
    return Map.of("pk", s(pk));
  }

  /** The item, read consistently: sign-in and refresh must see what was written a moment before. */
  static Optional<Map<String, AttributeValue>> get(
      DynamoDbClient dynamoDb, String table, String pk) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(request -> request.tableName(table).key(key(pk)).consistentRead(true))
            .item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
  }
}
