package com.finflow.transfers.aws;

import com.finflow.transfers.webhooks.WebhookDeliveries;
import com.finflow.transfers.webhooks.WebhookDelivery;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Deliveries as {@code WEBHOOK#id} items of their bulk in the transfers table; attempts are appended, never changed. */
final class DynamoWebhookDeliveries implements WebhookDeliveries {

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoWebhookDeliveries(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public void create(WebhookDelivery delivery) {
    try {
      dynamoDb.putItem(request -> request.tableName(table)
          .item(Map.of(
              "pk", s(DynamoBulkStore.bulkKey(delivery.bulkId())), "sk", s("WEBHOOK#" + delivery.id()),
              "organization_id", s(delivery.organizationId()), "event_type", s(delivery.eventType()),
              "url", s(delivery.url().toString()), "payload", s(delivery.payload()), "status", s(delivery.status()),
              "created_at", s(delivery.createdAt().toString()), "attempts", AttributeValue.fromL(List.of())))
          .conditionExpression("attribute_not_exists(sk)"));
    } catch (ConditionalCheckFailedException alreadyCreated) {
      // The same notice again (a repeated settlement request): one delivery is enough.
    }
  }

  @Override
  public Optional<WebhookDelivery> find(String bulkId, String deliveryId) {
    Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(table).consistentRead(true)
        .key(Map.of("pk", s(DynamoBulkStore.bulkKey(bulkId)), "sk", s("WEBHOOK#" + deliveryId)))).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(deliveryOf(bulkId, item));
  }

  @Override
  public List<WebhookDelivery> ofBulk(String bulkId) {
    List<WebhookDelivery> deliveries = new ArrayList<>();
    dynamoDb.queryPaginator(request -> request.tableName(table).consistentRead(true)
            .keyConditionExpression("pk = :pk AND begins_with(sk, :webhook)")
            .expressionAttributeValues(Map.of(":pk", s(DynamoBulkStore.bulkKey(bulkId)), ":webhook", s("WEBHOOK#"))))
        .items().forEach(item -> deliveries.add(deliveryOf(bulkId, item)));
    return deliveries;
  }

  @Override
  public void recordAttempt(String bulkId, String deliveryId, WebhookDelivery.Attempt attempt) {
    Map<String, AttributeValue> recorded = new HashMap<>(Map.of(
        "at", s(attempt.at().toString()), "duration_ms", n(attempt.durationMs())));
    attempt.statusCode().ifPresent(code -> recorded.put("status_code", n(code)));
    attempt.error().ifPresent(error -> recorded.put("error", s(error)));
    String update = attempt.succeeded()
        ? "SET attempts = list_append(attempts, :attempt), #status = :delivered"
        : "SET attempts = list_append(attempts, :attempt)";
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":attempt", AttributeValue.fromL(List.of(AttributeValue.fromM(recorded)))));
    if (attempt.succeeded()) {
      values.put(":delivered", s("delivered"));
    }
    dynamoDb.updateItem(request -> {
      request.tableName(table)
          .key(Map.of("pk", s(DynamoBulkStore.bulkKey(bulkId)), "sk", s("WEBHOOK#" + deliveryId)))
          .updateExpression(update)
          .expressionAttributeValues(values);
      if (attempt.succeeded()) {
        request.expressionAttributeNames(Map.of("#status", "status"));
      }
    });
  }

  private static WebhookDelivery deliveryOf(String bulkId, Map<String, AttributeValue> item) {
    List<WebhookDelivery.Attempt> attempts = item.get("attempts").l().stream().map(AttributeValue::m)
        .map(attempt -> new WebhookDelivery.Attempt(
            Instant.parse(attempt.get("at").s()),
            Long.parseLong(attempt.get("duration_ms").n()),
            Optional.ofNullable(attempt.get("status_code")).map(code -> Integer.parseInt(code.n())),
            Optional.ofNullable(attempt.get("error")).map(AttributeValue::s)))
        .toList();
    return new WebhookDelivery(item.get("sk").s().substring("WEBHOOK#".length()), bulkId,
        item.get("organization_id").s(), item.get("event_type").s(), URI.create(item.get("url").s()),
        item.get("payload").s(), item.get("status").s(), Instant.parse(item.get("created_at").s()), attempts);
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
