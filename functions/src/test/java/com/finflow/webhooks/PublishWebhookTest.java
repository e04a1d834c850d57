package com.finflow.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishWebhookTest {

  private static final URI URL = URI.create("https://hooks.example.com/finflow");

  private final InMemoryWebhookDeliveries deliveries = new InMemoryWebhookDeliveries();
  private final RecordingWebhookQueue queue = new RecordingWebhookQueue();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:15:42Z"));
  private final PublishWebhook publish = new PublishWebhook(deliveries, queue, clock);

  @Test
  void recordsAPendingDeliveryUnderTheSubjectAndEnqueuesIt() {
    publish.publish(settled("b-1"));

    WebhookDelivery delivery =
        deliveries.find(WebhookSubject.bulk("b-1"), "bulk.settled:b-1").orElseThrow();
    assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.PENDING);
    assertThat(delivery.organizationId()).isEqualTo("org-1");
    assertThat(delivery.eventType()).isEqualTo("bulk.settled");
    assertThat(delivery.url()).isEqualTo(URL);
    assertThat(delivery.createdAt()).isEqualTo(clock.instant());
    assertThat(delivery.attempts()).isEmpty();
    assertThat(queue.enqueued)
        .containsExactly(
            new RecordingWebhookQueue.Enqueued(
                WebhookSubject.bulk("b-1"), "bulk.settled:b-1", false));
  }

  @Test
  void publishingTheSameNoticeTwiceRecordsItOnceAndEnqueuesItAgain() {
    publish.publish(settled("b-1"));
    clock.advance(Duration.ofMinutes(1));
    publish.publish(settled("b-1"));

    assertThat(deliveries.size()).isEqualTo(1);
    assertThat(queue.enqueued)
        .extracting(RecordingWebhookQueue.Enqueued::deliveryId)
        .containsExactly("bulk.settled:b-1", "bulk.settled:b-1");
    assertThat(
            deliveries
                .find(WebhookSubject.bulk("b-1"), "bulk.settled:b-1")
                .orElseThrow()
                .createdAt())
        .isEqualTo(Instant.parse("2026-11-23T09:15:42Z"));
  }

  @Test
  void aNoticeWhoseEnqueueingWasCutShortIsEnqueuedWhenPublishedAgain() {
    WebhookQueue unreachable =
        (subject, deliveryId, again) -> {
          throw new IllegalStateException("queue unreachable");
        };
    PublishWebhook crashing = new PublishWebhook(deliveries, unreachable, clock);

    Throwable cut = catchThrowable(() -> crashing.publish(settled("b-1")));
    publish.publish(settled("b-1"));

    assertThat(cut).hasMessage("queue unreachable");
    assertThat(deliveries.size()).isEqualTo(1);
    assertThat(queue.enqueued)
        .containsExactly(
            new RecordingWebhookQueue.Enqueued(
                WebhookSubject.bulk("b-1"), "bulk.settled:b-1", false));
  }

  @Test
  void thePayloadCarriesTheIdTypeCreationTimeAndTheDataInTheirOrder() throws Exception {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("bulk_id", "b-1");
    data.put("status", "completed");
    data.put("transfer_count", 3);
    publish.publish(
        new WebhookNotice("bulk.settled:b-1", "bulk.settled", "org-1", "bulk/b-1", URL, data));

    String payload =
        deliveries.find(WebhookSubject.bulk("b-1"), "bulk.settled:b-1").orElseThrow().payload();
    assertThat(payload)
        .isEqualTo(
            "{\"id\":\"bulk.settled:b-1\",\"type\":\"bulk.settled\","
                + "\"created_at\":\"2026-11-23T09:15:42Z\",\"data\":{\"bulk_id\":\"b-1\",\"status\":\"completed\",\"transfer_count\":3}}");
    JsonNode parsed = Json.MAPPER.readTree(payload);
    assertThat(parsed.get("data").get("transfer_count").asInt()).isEqualTo(3);
  }

  @Test
  void theSameNoticeIdUnderAnotherSubjectIsAnotherDelivery() {
    publish.publish(
        new WebhookNotice("n-1", "extraction.completed", "org-1", "extraction/e-1", URL, Map.of()));
    publish.publish(new WebhookNotice("n-1", "bulk.settled", "org-1", "bulk/e-1", URL, Map.of()));

    assertThat(deliveries.of(WebhookSubject.extraction("e-1")))
        .extracting(WebhookDelivery::eventType)
        .containsExactly("extraction.completed");
    assertThat(deliveries.of(WebhookSubject.bulk("e-1")))
        .extracting(WebhookDelivery::eventType)
        .containsExactly("bulk.settled");
    assertThat(queue.enqueued)
        .extracting(RecordingWebhookQueue.Enqueued::subject)
        .containsExactly(WebhookSubject.extraction("e-1"), WebhookSubject.bulk("e-1"));
  }

  @Test
  void anExtractionNoticeIsDeliveredLikeABulkOne() {
    publish.publish(
        new WebhookNotice(
            "extraction.completed:e-1",
            "extraction.completed",
            "org-1",
            "extraction/e-1",
            URL,
            Map.of(
                "extraction_id",
                "e-1",
                "status",
                "completed",
                "links",
                Map.of("self", "/extractions/e-1"))));

    assertThat(deliveries.of(WebhookSubject.extraction("e-1")))
        .singleElement()
        .satisfies(
            delivery ->
                assertThat(delivery.payload())
                    .contains("\"links\":{\"self\":\"/extractions/e-1\"}"));
    assertThat(queue.enqueued)
        .extracting(RecordingWebhookQueue.Enqueued::deliveryId)
        .isEqualTo(List.of("extraction.completed:e-1"));
  }

  private static WebhookNotice settled(String bulkId) {
    return new WebhookNotice(
        "bulk.settled:" + bulkId,
        "bulk.settled",
        "org-1",
        "bulk/" + bulkId,
        URL,
        Map.of("bulk_id", bulkId, "status", "completed"));
  }
}
