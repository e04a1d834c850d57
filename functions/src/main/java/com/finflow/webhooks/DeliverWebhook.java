package com.finflow.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Attempts one webhook delivery: checks the address, signs the body with the organization's secret,
 * posts it and records the attempt. A receiver that does not answer 2xx gets the delivery again
 * later (the queue's backoff).
 */
public final class DeliverWebhook {

  private final DeliveryAttempts deliveries;
  private final SignedWebhook sender;
  private final WebhookAddress address;
  private final Clock clock;

  public DeliverWebhook(
      DeliveryAttempts deliveries, SignedWebhook sender, WebhookAddress address, Clock clock) {
    this.deliveries = deliveries;
    this.sender = sender;
    this.address = address;
    this.clock = clock;
  }

  /**
   * @param again send even if already delivered: the organization asked for it again
   * @throws WebhookNotAccepted when the receiver answered other than 2xx, so that the delivery is
   *     retried
   */
  public void deliver(WebhookSubject subject, String deliveryId, boolean again) {
    WebhookDelivery delivery =
        deliveries
            .find(subject, deliveryId)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no webhook delivery " + deliveryId + " of " + subject));
    if (delivery.status() == WebhookDelivery.Status.DELIVERED && !again) {
      return;
    }
    Instant started = clock.instant();
    Optional<String> refusal = address.refusalOf(delivery.url());
    if (refusal.isPresent()) {
      // A refused address will not become acceptable by retrying: record why and stop.
      deliveries.recordAttempt(
          subject,
          deliveryId,
          new WebhookDelivery.Attempt(
              started, 0, Optional.empty(), Optional.of("not sent: the URL " + refusal.get())));
      return;
    }
    try {
      int status =
          sender.send(
              delivery.organizationId(),
              delivery.url(),
              delivery.id(),
              delivery.eventType(),
              delivery.payload());
      deliveries.recordAttempt(
          subject,
          deliveryId,
          new WebhookDelivery.Attempt(
              started, elapsedMs(started), Optional.of(status), Optional.empty()));
      if (!SignedWebhook.accepted(status)) {
        throw new WebhookNotAccepted(status);
      }
    } catch (RuntimeException e) {
      if (!(e instanceof WebhookNotAccepted)) {
        deliveries.recordAttempt(
            subject,
            deliveryId,
            new WebhookDelivery.Attempt(
                started,
                elapsedMs(started),
                Optional.empty(),
                Optional.of(e.getClass().getSimpleName())));
      }
      throw e;
    }
  }

  private long elapsedMs(Instant started) {
    return Math.max(0, clock.millis() - started.toEpochMilli());
  }
}
