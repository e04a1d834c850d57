package com.finflow.webhooks;

import java.util.List;
import java.util.Optional;

/**
 * The deliveries of a subject as they stand, whichever organization they belong to: callers filter.
 */
public interface DeliveryHistory {

  Optional<WebhookDelivery> find(WebhookSubject subject, String deliveryId);

  /** Every delivery of the subject, in delivery id order. */
  List<WebhookDelivery> of(WebhookSubject subject);
}
