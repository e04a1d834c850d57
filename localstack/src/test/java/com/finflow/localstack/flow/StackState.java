package com.finflow.localstack.flow;

import com.finflow.localstack.LocalStackRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What a refused request must leave as it was: every item of every table (in a stable order), how
 * often the open-finance provider was called and how many payments reached the bank.
 */
record StackState(List<String> items, long providerCalls, int payments) {

  static StackState of(LocalStackRuntime runtime, DynamoDbClient dynamoDb) {
    List<String> items = new ArrayList<>();
    for (String table : dynamoDb.listTables().tableNames()) {
      dynamoDb
          .scanPaginator(request -> request.tableName(table).consistentRead(true))
          .items()
          .forEach(item -> items.add(table + " " + new TreeMap<>(item)));
    }
    items.sort(String::compareTo);
    long providerCalls =
        runtime.provider().calls().values().stream().mapToLong(Long::longValue).sum();
    return new StackState(items, providerCalls, runtime.bank().ledger().payments().size());
  }

  /** The same state without the items of {@code table} (a physical table name). */
  StackState without(String table) {
    return new StackState(
        items.stream().filter(item -> !item.startsWith(table + " ")).toList(),
        providerCalls,
        payments);
  }
}
