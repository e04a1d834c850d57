package com.finflow.transfers.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One event to deliver to a bulk's webhook URL, with every attempt made so far.
 *
 * @param status {@code pending} until an attempt succeeds ({@code delivered})
 */
public record WebhookDelivery(String id, String bulkId, String organizationId, String eventType, URI url, String payload,
    String status, Instant createdAt, List<Attempt> attempts) {

  public WebhookDelivery {
    attempts = List.copyOf(attempts);
  }

  /** One try: when, how long, and the receiver's status code or the error that prevented one. */
  public record Attempt(Instant at, long durationMs, Optional<Integer> statusCode, Optional<String> error) {

    public boolean succeeded() {
      return statusCode.filter(code -> code >= 200 && code < 300).isPresent();
    }
  }
}
