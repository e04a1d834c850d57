package com.finflow.webhooks;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * Posts one webhook, signed with its organization's secret, and answers the receiver's status code.
 */
public final class SignedWebhook {

  private final WebhookSecrets secrets;
  private final WebhookEndpoint endpoint;
  private final Clock clock;

  public SignedWebhook(WebhookSecrets secrets, WebhookEndpoint endpoint, Clock clock) {
    this.secrets = secrets;
    this.endpoint = endpoint;
    this.clock = clock;
  }

  public int send(String organizationId, URI url, String eventId, String eventType, String body) {
    String signature =
        WebhookSignature.header(
            secrets.secretOf(organizationId), clock.instant().getEpochSecond(), body);
    return endpoint.post(
        url,
        Map.of(
            "content-type",
            "application/json",
            WebhookSignature.HEADER,
            signature,
            "finflow-event-id",
            eventId,
            "finflow-event-type",
            eventType),
        body);
  }

  public static boolean accepted(int status) {
    return status >= 200 && status < 300;
  }
}
