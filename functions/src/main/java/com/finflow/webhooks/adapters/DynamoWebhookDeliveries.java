package com.finflow.webhooks.adapters;

import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;

import com.finflow.webhooks.WebhookDeliveries;
import com.finflow.webhooks.WebhookDelivery;
import com.finflow.webhooks.WebhookSubject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The delivery log in its own table: one item per delivery, keyed by {@code subject} ({@code
 * bulk/<id>}, {@code extraction/<id>}) and {@code delivery_id}; attempts are appended, never
 * changed.
 */
final class DynamoWebhookDeliveries implements WebhookDeliveries {

  static final String SUBJECT = "subject";
  static final String DELIVERY_ID = "delivery_id";

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoWebhookDeliveries(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public boolean record(WebhookDelivery delivery) {
    Map<String, AttributeValue> item = new HashMap<>(keyOf(delivery.subject(), delivery.id()));
    item.putAll(
        Map.of(
            "organization_id",
            s(delivery.organizationId()),
            "event_type",
            s(delivery.eventType()),
            "url",
            s(delivery.url().toString()),
            "payload",
            s(delivery.payload()),
            "status",
            s(delivery.status().wireName()),
            "created_at",
            s(delivery.createdAt().toString()),
            "attempts",
            AttributeValue.fromL(List.of())));
    try {
      dynamoDb.putItem(
          request ->
              request
                  .tableName(table)
                  .item(item)
                  .conditionExpression("attribute_not_exists(" + DELIVERY_ID + ")"));
      return true;
    } catch (ConditionalCheckFailedException alreadyRecorded) {
      // The same notice again (a repeated message, a retried settlement): one delivery is enough.
      return false;
    }
  }

  @Override
  public Optional<WebhookDelivery> find(WebhookSubject subject, String deliveryId) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                request ->
                    request.tableName(table).consistentRead(true).key(keyOf(subject, deliveryId)))
            .item();
    return item == null || item.isEmpty()
        ? Optional.empty()
        : Optional.of(deliveryOf(subject, item));
  }

  @Override
  public List<WebhookDelivery> of(WebhookSubject subject) {
    List<WebhookDelivery> deliveries = new ArrayList<>();
    dynamoDb
        .queryPaginator(
            request ->
                request
                    .tableName(table)
                    .consistentRead(true)
                    .keyConditionExpression("#subject = :subject")
                    .expressionAttributeNames(Map.of("#subject", SUBJECT))
                    .expressionAttributeValues(Map.of(":subject", s(subject.toString()))))
        .items()
        .forEach(item -> deliveries.add(deliveryOf(subject, item)));
    return deliveries;
  }

  @Override
  public void recordAttempt(
      WebhookSubject subject, String deliveryId, WebhookDelivery.Attempt attempt) {
    Map<String, AttributeValue> recorded =
        new HashMap<>(
            Map.of("at", s(attempt.at().toString()), "duration_ms", n(attempt.durationMs())));
    attempt.statusCode().ifPresent(code -> recorded.put("status_code", n(code)));
    attempt.error().ifPresent(error -> recorded.put("error", s(error)));
    String update =
        attempt.succeeded()
            ? "SET attempts = list_append(attempts, :attempt), #status = :delivered"
            : "SET attempts = list_append(attempts, :attempt)";
    Map<String, AttributeValue> values =
        new HashMap<>(
            Map.of(":attempt", AttributeValue.fromL(List.of(AttributeValue.fromM(recorded)))));
    if (attempt.succeeded()) {
      values.put(":delivered", s(WebhookDelivery.Status.DELIVERED.wireName()));
    }
    dynamoDb.updateItem(
        request -> {
          request
              .tableName(table)
              .key(keyOf(subject, deliveryId))
              .updateExpression(update)
              .expressionAttributeValues(values);
          if (attempt.succeeded()) {
            request.expressionAttributeNames(Map.of("#status", "status"));
          }
        });
  }

  private static Map<String, AttributeValue> keyOf(WebhookSubject subject, String deliveryId) {
    return Map.of(SUBJECT, s(subject.toString()), DELIVERY_ID, s(deliveryId));
  }

  private static WebhookDelivery deliveryOf(
      WebhookSubject subject, Map<String, AttributeValue> item) {
    List<WebhookDelivery.Attempt> attempts =
        item.get("attempts").l().stream()
            .map(AttributeValue::m)
            .map(
                attempt ->
                    new WebhookDelivery.Attempt(
                        Instant.parse(attempt.get("at").s()),
                        Long.parseLong(attempt.get("duration_ms").n()),
                        Optional.ofNullable(attempt.get("status_code"))
                            .map(code -> Integer.parseInt(code.n())),
                        Optional.ofNullable(attempt.get("error")).map(AttributeValue::s)))
            .toList();
    return new WebhookDelivery(
        item.get(DELIVERY_ID).s(),
        subject,
        item.get("organization_id").s(),
        item.get("event_type").s(),
        URI.create(item.get("url").s()),
        item.get("payload").s(),
        WebhookDelivery.Status.ofWireName(item.get("status").s()),
        Instant.parse(item.get("created_at").s()),
        attempts);
  }
}
