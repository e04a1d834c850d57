package com.finflow.webhooks;

/**
 * Where features publish notices: each is recorded in the delivery log and delivered, signed, at
 * least once.
 */
public interface WebhookNotices {

  /**
   * Records the notice, once per notice id, and enqueues its delivery: publishing the same id again
   * records nothing new and never delivers a notice that was delivered already (it enqueues it
   * again, which completes a publication a crash cut short). Returning normally means the notice is
   * recorded and enqueued.
   */
  void publish(WebhookNotice notice);
}
