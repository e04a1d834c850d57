package com.finflow.webhooks;

/**
 * The queue of deliveries to attempt; a failed attempt comes back with backoff, then goes to the
 * dead-letter queue.
 */
public interface WebhookQueue {

  /**
   * @param again send even if it was already delivered (an explicit redelivery)
   */
  void deliver(WebhookSubject subject, String deliveryId, boolean again);
}
