package com.finflow.health.adapters;

import com.finflow.health.DependencyProbe;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB answers, and each of Finflow's tables exists; with no table yet, the service answers at
 * all.
 */
final class DynamoDbProbe implements DependencyProbe {

  private final DynamoDbClient dynamoDb;
  private final List<String> tables;

  DynamoDbProbe(DynamoDbClient dynamoDb, List<String> tables) {
    this.dynamoDb = dynamoDb;
    this.tables = List.copyOf(tables);
  }

  @Override
  public String name() {
    return "dynamodb";
  }

  @Override
  public void probe() {
    if (tables.isEmpty()) {
      dynamoDb.listTables(request -> request.limit(1));
      return;
    }
    tables.forEach(table -> dynamoDb.describeTable(request -> request.tableName(table)));
  }
}
