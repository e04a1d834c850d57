package com.finflow.transfers.webhooks;

import com.finflow.webhooks.WebhookAddress;
import com.finflow.webhooks.SignedWebhook;
import com.finflow.webhooks.WebhookNotAccepted;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Attempts one webhook delivery: checks the address, signs the body with the organization's secret, posts it and
 * records the attempt. A receiver that does not answer 2xx gets the delivery again later (the queue's backoff).
 */
public final class DeliverWebhook {

  private final WebhookDeliveries deliveries;
  private final SignedWebhook sender;
  private final WebhookAddress address;
  private final Clock clock;

  public DeliverWebhook(WebhookDeliveries deliveries, SignedWebhook sender, WebhookAddress address, Clock clock) {
    this.deliveries = deliveries;
    this.sender = sender;
    this.address = address;
    this.clock = clock;
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
    try {
      int status = sender.send(delivery.organizationId(), delivery.url(), delivery.id(), delivery.eventType(),
          delivery.payload());
      deliveries.recordAttempt(bulkId, deliveryId, new WebhookDelivery.Attempt(started, elapsedMs(started),
          Optional.of(status), Optional.empty()));
      if (!SignedWebhook.accepted(status)) {
        throw new WebhookNotAccepted(status);
      }
    } catch (RuntimeException e) {
      if (!(e instanceof WebhookNotAccepted)) {
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
