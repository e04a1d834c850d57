package com.finflow.webhooks.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.shared.aws.LocalDynamoDb;
import com.finflow.webhooks.WebhookDelivery;
import com.finflow.webhooks.WebhookSubject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The delivery log on DynamoDB Local, in a table shaped like the stack's. */
class DynamoWebhookDeliveriesTest {

  private static final Instant CREATED = Instant.parse("2026-11-23T09:15:42Z");
  private static final WebhookSubject BULK = WebhookSubject.bulk("5b1f0c9e");
  private static final WebhookSubject EXTRACTION = WebhookSubject.extraction("5b1f0c9e");

  private final String table = newDeliveriesTable();
  private final DynamoWebhookDeliveries deliveries =
      new DynamoWebhookDeliveries(LocalDynamoDb.client(), table);

  @Test
  void recordsADeliveryOnceAndReadsItBackAsRecorded() {
    WebhookDelivery settled = pending(BULK, "bulk.settled:5b1f0c9e", "org-1");

    boolean first = deliveries.record(settled);
    boolean again = deliveries.record(pending(BULK, "bulk.settled:5b1f0c9e", "org-9"));

    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(deliveries.find(BULK, "bulk.settled:5b1f0c9e")).contains(settled);
    assertThat(LocalDynamoDb.scan(table))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.get("subject").s()).isEqualTo("bulk/5b1f0c9e");
              assertThat(item.get("delivery_id").s()).isEqualTo("bulk.settled:5b1f0c9e");
            });
  }

  @Test
  void keepsEachSubjectsDeliveriesApartInDeliveryIdOrder() {
    deliveries.record(pending(BULK, "transfer.failed:5b1f0c9e:2", "org-1"));
    deliveries.record(pending(BULK, "bulk.settled:5b1f0c9e", "org-1"));
    deliveries.record(pending(EXTRACTION, "extraction.completed:5b1f0c9e", "org-1"));

    assertThat(deliveries.of(BULK))
        .extracting(WebhookDelivery::id)
        .containsExactly("bulk.settled:5b1f0c9e", "transfer.failed:5b1f0c9e:2");
    assertThat(deliveries.of(EXTRACTION))
        .extracting(WebhookDelivery::id)
        .containsExactly("extraction.completed:5b1f0c9e");
    assertThat(deliveries.of(WebhookSubject.bulk("unknown"))).isEmpty();
    assertThat(deliveries.find(EXTRACTION, "bulk.settled:5b1f0c9e")).isEmpty();
  }

  @Test
  void appendsEveryAttemptAndMarksTheDeliveryDeliveredOnTheFirstSuccess() {
    deliveries.record(pending(EXTRACTION, "extraction.completed:5b1f0c9e", "org-1"));
    WebhookDelivery.Attempt refused =
        new WebhookDelivery.Attempt(
            CREATED.plusSeconds(1), 120, Optional.of(500), Optional.empty());
    WebhookDelivery.Attempt unreachable =
        new WebhookDelivery.Attempt(
            CREATED.plusSeconds(5),
            3000,
            Optional.empty(),
            Optional.of("HttpConnectTimeoutException"));
    WebhookDelivery.Attempt accepted =
        new WebhookDelivery.Attempt(CREATED.plusSeconds(9), 80, Optional.of(200), Optional.empty());

    deliveries.recordAttempt(EXTRACTION, "extraction.completed:5b1f0c9e", refused);
    deliveries.recordAttempt(EXTRACTION, "extraction.completed:5b1f0c9e", unreachable);
    WebhookDelivery.Status beforeSuccess =
        deliveries.find(EXTRACTION, "extraction.completed:5b1f0c9e").orElseThrow().status();
    deliveries.recordAttempt(EXTRACTION, "extraction.completed:5b1f0c9e", accepted);

    WebhookDelivery delivery =
        deliveries.find(EXTRACTION, "extraction.completed:5b1f0c9e").orElseThrow();
    assertThat(beforeSuccess).isEqualTo(WebhookDelivery.Status.PENDING);
    assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
    assertThat(delivery.attempts()).containsExactly(refused, unreachable, accepted);
  }

  private static WebhookDelivery pending(WebhookSubject subject, String id, String organizationId) {
    return new WebhookDelivery(
        id,
        subject,
        organizationId,
        id.substring(0, id.indexOf(':')),
        URI.create("https://hooks.example.com/finflow"),
        "{\"id\":\"" + id + "\"}",
        WebhookDelivery.Status.PENDING,
        CREATED,
        List.of());
  }

  /** Shaped like the stack's WebhookDeliveriesTable: subject and delivery id. */
  private static String newDeliveriesTable() {
    String name = "webhook-deliveries-" + UUID.randomUUID();
    LocalDynamoDb.client()
        .createTable(
            request ->
                request
                    .tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                        definition ->
                            definition
                                .attributeName(DynamoWebhookDeliveries.SUBJECT)
                                .attributeType(ScalarAttributeType.S),
                        definition ->
                            definition
                                .attributeName(DynamoWebhookDeliveries.DELIVERY_ID)
                                .attributeType(ScalarAttributeType.S))
                    .keySchema(
                        key ->
                            key.attributeName(DynamoWebhookDeliveries.SUBJECT)
                                .keyType(KeyType.HASH),
                        key ->
                            key.attributeName(DynamoWebhookDeliveries.DELIVERY_ID)
                                .keyType(KeyType.RANGE)));
    return name;
  }
}
