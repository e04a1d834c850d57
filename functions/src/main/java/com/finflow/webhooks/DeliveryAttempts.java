package com.finflow.webhooks;

import java.util.Optional;

/** The deliveries to attempt, and the record of each attempt. */
public interface DeliveryAttempts {

  Optional<WebhookDelivery> find(WebhookSubject subject, String deliveryId);

  /**
   * Appends the attempt, never changing earlier ones; a successful one marks the delivery
   * delivered.
   */
  void recordAttempt(WebhookSubject subject, String deliveryId, WebhookDelivery.Attempt attempt);
}
