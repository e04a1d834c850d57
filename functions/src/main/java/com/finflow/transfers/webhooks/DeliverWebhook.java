package com.finflow.transfers.webhooks;

import com.finflow.shared.webhooks.WebhookAddress;
import com.finflow.shared.webhooks.WebhookEndpoint;
import com.finflow.shared.webhooks.WebhookSecrets;
import com.finflow.shared.webhooks.WebhookSignature;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Attempts one webhook delivery: checks the address, signs the body with the organization's secret, posts it and
 * records the attempt. A receiver that does not answer 2xx gets the delivery again later (the queue's backoff).
 */
public final class DeliverWebhook {

  private final WebhookDeliveries deliveries;
  private final WebhookSecrets secrets;
  private final WebhookEndpoint endpoint;
  private final WebhookAddress address;
  private final Clock clock;

  public DeliverWebhook(WebhookDeliveries deliveries, WebhookSecrets secrets, WebhookEndpoint endpoint,
      WebhookAddress address, Clock clock) {
    this.deliveries = deliveries;
    this.secrets = secrets;
    this.endpoint = endpoint;
    this.address = address;
    this.clock = clock;
  }

  /** Thrown when the receiver did not accept the delivery: the message must come back later. */
  public static final class NotAccepted extends RuntimeException {
    NotAccepted(String why) {
      super(why, null, false, false);
    }
  }

  /** @param again send even if already delivered: the organization asked for it again */
  public void deliver(String bulkId, String deliveryId, boolean again) {
    WebhookDelivery delivery = deliveries.find(bulkId, deliveryId)
        .orElseThrow(() -> new IllegalStateException("no webhook delivery " + deliveryId));
    if ("delivered".equals(delivery.status()) && !again) {
      return;
    }
    Instant started = clock.instant();
    Optional<String> refusal = address.refusalOf(delivery.url());
    if (refusal.isPresent()) {
      // A refused address will not become acceptable by retrying: record why and stop.
      deliveries.recordAttempt(bulkId, deliveryId, new WebhookDelivery.Attempt(started, 0, Optional.empty(),
          Optional.of("not sent: the URL " + refusal.get())));
      return;
    }
    String signature = WebhookSignature.header(secrets.secretOf(delivery.organizationId()), started.getEpochSecond(),
        delivery.payload());
    Map<String, String> headers = Map.of("content-type", "application/json", WebhookSignature.HEADER, signature,
        "finflow-event-id", delivery.id(), "finflow-event-type", delivery.eventType());
    try {
      int status = endpoint.post(delivery.url(), headers, delivery.payload());
      deliveries.recordAttempt(bulkId, deliveryId, new WebhookDelivery.Attempt(started, elapsedMs(started),
          Optional.of(status), Optional.empty()));
      if (status < 200 || status >= 300) {
        throw new NotAccepted("receiver answered " + status);
      }
    } catch (RuntimeException e) {
      if (!(e instanceof NotAccepted)) {
        deliveries.recordAttempt(bulkId, deliveryId, new WebhookDelivery.Attempt(started, elapsedMs(started),
            Optional.empty(), Optional.of(e.getClass().getSimpleName())));
      }
      throw e;
    }
  }

  private long elapsedMs(Instant started) {
    return Math.max(0, clock.millis() - started.toEpochMilli());
  }
}
