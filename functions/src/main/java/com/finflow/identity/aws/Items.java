package com.finflow.identity.aws;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.Map;
import java.util.Optional;

/** The few DynamoDB idioms the identity adapters share. */
final class Items {

  private Items() {}

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  static Optional<Map<String, AttributeValue>> get(DynamoDbClient dynamoDb, String table, String pk) {
    Map<String, AttributeValue> item = dynamoDb.getItem(request -> request
        .tableName(table).key(Map.of("pk", s(pk))).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
  }

  /** True when a transaction was refused only by its conditions: an expected outcome, not an error. */
  static boolean failedOnlyOnConditions(TransactionCanceledException e) {
    return e.hasCancellationReasons() && e.cancellationReasons().stream()
        .map(CancellationReason::code)
        .allMatch(code -> code == null || "None".equals(code) || "ConditionalCheckFailed".equals(code));
  }
}
