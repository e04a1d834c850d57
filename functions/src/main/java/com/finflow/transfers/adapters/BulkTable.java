package com.finflow.transfers.adapters;

import static com.finflow.shared.aws.Items.s;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The transfers table as the bulk stores share it (with the accounts table they reserve on). Bulks
 * are keyed {@code BULK#id}: the bulk itself ({@code BULK}, small, counted on), its submitted
 * transfers ({@code PAYLOAD#n}), one item per ended transfer ({@code OUTCOME#index}), webhook
 * notices in its outbox ({@code OUTBOX#notice id}) and an append-only audit trail of the bulk's own
 * changes ({@code AUDIT#time#id}). Submissions are {@code SUBMISSION#organization#key}.
 */
final class BulkTable {

  static final String OPEN_INDEX = "open-bulks";
  static final String PENDING_NOTICES_INDEX = "pending-notices";

  /** The status of an outcome item whose transfer's execution has begun and not ended. */
  static final String CLAIMED = "EXECUTING";

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final String accountsTable;

  BulkTable(DynamoDbClient dynamoDb, String table, String accountsTable) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.accountsTable = accountsTable;
  }

  DynamoDbClient dynamoDb() {
    return dynamoDb;
  }

  String name() {
    return table;
  }

  String accounts() {
    return accountsTable;
  }

  Optional<Map<String, AttributeValue>> item(String pk, String sk) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                request ->
                    request
                        .tableName(table)
                        .key(Map.of("pk", s(pk), "sk", s(sk)))
                        .consistentRead(true))
            .item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
  }

  TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
    return TransactWriteItem.builder()
        .put(
            put -> {
              put.tableName(table).item(item);
              if (condition != null) {
                put.conditionExpression(condition);
              }
            })
        .build();
  }

  /**
   * The bulks that an index's items under this key condition belong to, each once, in the index's
   * order.
   */
  List<String> bulkIdsIn(
      String index,
      String keyCondition,
      Map<String, String> names,
      Map<String, AttributeValue> values) {
    Set<String> bulkIds = new LinkedHashSet<>();
    dynamoDb
        .queryPaginator(
            request ->
                request
                    .tableName(table)
                    .indexName(index)
                    .keyConditionExpression(keyCondition)
                    .expressionAttributeNames(names.isEmpty() ? null : names)
                    .expressionAttributeValues(values))
        .items()
        .forEach(item -> bulkIds.add(BulkItems.bulkIdOf(item.get("pk").s())));
    return List.copyOf(bulkIds);
  }

  /** A conditional update: false when the condition refused it, and nothing changed. */
  boolean updateIf(
      Map<String, AttributeValue> key,
      String condition,
      String update,
      Map<String, String> names,
      Map<String, AttributeValue> values) {
    try {
      dynamoDb.updateItem(
          request ->
              request
                  .tableName(table)
                  .key(key)
                  .conditionExpression(condition)
                  .updateExpression(update)
                  .expressionAttributeNames(names)
                  .expressionAttributeValues(values));
      return true;
    } catch (ConditionalCheckFailedException refused) {
      return false;
    }
  }

  /**
   * The bulk's items whose sort key starts with {@code prefix}, read consistently, page by page.
   */
  SdkIterable<Map<String, AttributeValue>> itemsOf(String bulkId, String prefix) {
    return dynamoDb
        .queryPaginator(
            request ->
                request
                    .tableName(table)
                    .consistentRead(true)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                    .expressionAttributeValues(
                        Map.of(":pk", s(bulkKey(bulkId)), ":prefix", s(prefix))))
        .items();
  }

  static Map<String, AttributeValue> audit(
      String bulkId, String event, String detail, String cause) {
    Instant now = Instant.now();
    return Map.of(
        "pk",
        s(bulkKey(bulkId)),
        "sk",
        s("AUDIT#" + now + "#" + UUID.randomUUID()),
        "event",
        s(event),
        "detail",
        s(detail),
        "cause",
        s(cause),
        "at",
        s(now.toString()));
  }

  /** The key of the bulk's own item. */
  static Map<String, AttributeValue> bulkItemKey(String bulkId) {
    return Map.of("pk", s(bulkKey(bulkId)), "sk", s("BULK"));
  }

  static String bulkKey(String bulkId) {
    return "BULK#" + bulkId;
  }

  static String outcomeKey(int index) {
    return String.format("OUTCOME#%05d", index);
  }

  static String submissionKey(String organizationId, String key) {
    return "SUBMISSION#" + organizationId + "#" + key;
  }
}
