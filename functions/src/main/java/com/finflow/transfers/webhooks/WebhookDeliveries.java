package com.finflow.transfers.webhooks;

import java.util.List;
import java.util.Optional;

/** Webhook deliveries and their attempts, kept beside their bulk. */
public interface WebhookDeliveries {

  void create(WebhookDelivery delivery);

  Optional<WebhookDelivery> find(String bulkId, String deliveryId);

  List<WebhookDelivery> ofBulk(String bulkId);

  /** Appends the attempt; a successful one marks the delivery delivered. */
  void recordAttempt(String bulkId, String deliveryId, WebhookDelivery.Attempt attempt);
}
