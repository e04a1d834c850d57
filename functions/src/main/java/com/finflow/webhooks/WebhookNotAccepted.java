package com.finflow.webhooks;

import com.finflow.shared.failure.UpstreamFailed;

/** The receiver did not answer 2xx: the message that carried the webhook must come back later. */
public final class WebhookNotAccepted extends UpstreamFailed {

  public WebhookNotAccepted(int status) {
    super("the receiver answered " + status);
  }
}
