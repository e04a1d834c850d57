package com.finflow.webhooks;

/** The receiver did not answer 2xx: the message that carried the webhook must come back later. */
public final class WebhookNotAccepted extends RuntimeException {

  public WebhookNotAccepted(int status) {
    super("the receiver answered " + status, null, false, false);
  }
}
