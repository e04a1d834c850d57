package com.finflow.webhooks;

import com.finflow.shared.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes a notice: records it as a pending delivery of its subject, then enqueues that delivery.
 * The notice's id is derived from its event, so a notice published again (after a crash, a
 * duplicate message) is recorded only once. It is enqueued again, though: a publisher repeats a
 * notice when it could not tell whether the last publication finished, and what a crash between
 * recording and enqueuing loses is the message. The delivery function skips a delivery already
 * made, so the extra message costs a read.
 */
public final class PublishWebhook implements WebhookNotices {

  private final PendingDeliveries deliveries;
  private final WebhookQueue queue;
  private final Clock clock;

  public PublishWebhook(PendingDeliveries deliveries, WebhookQueue queue, Clock clock) {
    this.deliveries = deliveries;
    this.queue = queue;
    this.clock = clock;
  }

  @Override
  public void publish(WebhookNotice notice) {
    WebhookSubject subject = WebhookSubject.parse(notice.subject());
    Instant now = clock.instant();
    WebhookDelivery delivery =
        new WebhookDelivery(
            notice.id(),
            subject,
            notice.organizationId(),
            notice.type(),
            notice.url(),
            payloadOf(notice, now),
            WebhookDelivery.Status.PENDING,
            now,
            List.of());
    deliveries.record(delivery);
    queue.deliver(subject, notice.id(), false);
  }

  /**
   * The body every attempt posts: {@code id}, {@code type}, {@code created_at} and the event's
   * {@code data}.
   */
  static String payloadOf(WebhookNotice notice, Instant createdAt) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("id", notice.id());
    payload.put("type", notice.type());
    payload.put("created_at", createdAt.toString());
    payload.put("data", notice.data());
    return Json.write(payload);
  }
}
