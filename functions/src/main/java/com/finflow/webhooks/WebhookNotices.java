package com.finflow.webhooks;

/**
 * Where features publish notices: each is recorded in the delivery log and delivered, signed, at
 * least once.
 */
public interface WebhookNotices {

  /**
   * Records and enqueues the notice, once per notice id: publishing the same id again changes
   * nothing.
   */
  void publish(WebhookNotice notice);
}
