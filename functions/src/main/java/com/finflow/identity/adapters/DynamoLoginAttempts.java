package com.finflow.identity.adapters;

import static com.finflow.shared.aws.Items.n;

import com.finflow.identity.LoginAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Failed sign-ins as a list of timestamps on one item per key ({@code ATTEMPTS#key}); the item
 * expires one window after the last failure. Appending is atomic, so concurrent failures are all
 * counted.
 */
final class DynamoLoginAttempts implements LoginAttempts {

  // Past this many stored timestamps, the ones outside the window are dropped.
  private static final int COMPACT_AFTER = 64;

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoLoginAttempts(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public List<Instant> failuresSince(String key, Instant since) {
    return IdentityTable.get(dynamoDb, table, "ATTEMPTS#" + key)
        .map(item -> timestamps(item.get("failures"), since))
        .orElse(List.of());
  }

  @Override
  public void recordFailure(String key, Instant at, Duration window) {
    Map<String, AttributeValue> item =
        dynamoDb
            .updateItem(
                request ->
                    request
                        .tableName(table)
                        .key(IdentityTable.key("ATTEMPTS#" + key))
                        .updateExpression(
                            "SET failures = list_append(if_not_exists(failures, :empty), :now), expires_at = :expires")
                        .expressionAttributeValues(
                            Map.of(
                                ":empty", AttributeValue.fromL(List.of()),
                                ":now", AttributeValue.fromL(List.of(n(at.toEpochMilli()))),
                                ":expires", n(at.plus(window).getEpochSecond())))
                        .returnValues(ReturnValue.ALL_NEW))
            .attributes();
    if (item.get("failures").l().size() > COMPACT_AFTER) {
      List<AttributeValue> recent =
          timestamps(item.get("failures"), at.minus(window)).stream()
              .map(instant -> n(instant.toEpochMilli()))
              .toList();
      dynamoDb.updateItem(
          request ->
              request
                  .tableName(table)
                  .key(IdentityTable.key("ATTEMPTS#" + key))
                  .updateExpression("SET failures = :recent")
                  .expressionAttributeValues(Map.of(":recent", AttributeValue.fromL(recent))));
    }
  }

  @Override
  public void forget(String key) {
    dynamoDb.deleteItem(
        request -> request.tableName(table).key(IdentityTable.key("ATTEMPTS#" + key)));
  }

  private static List<Instant> timestamps(AttributeValue list, Instant since) {
    return list.l().stream()
        .map(value -> Instant.ofEpochMilli(Long.parseLong(value.n())))
        .filter(instant -> !instant.isBefore(since))
        .sorted()
        .toList();
  }
}
