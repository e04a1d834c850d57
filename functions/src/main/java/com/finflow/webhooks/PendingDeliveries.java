package com.finflow.webhooks;

/** Where a published notice becomes a pending delivery. */
public interface PendingDeliveries {

  /**
   * Records the delivery unless its subject already has one with that id; true when it was recorded
   * now.
   */
  boolean record(WebhookDelivery delivery);
}
