package com.finflow.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One notice to deliver to an organization's webhook URL, with every attempt made so far.
 *
 * @param id the notice's id, which is also the {@code finflow-event-id} header
 * @param payload the exact JSON body that is signed and posted, the same on every attempt
 */
public record WebhookDelivery(
    String id,
    WebhookSubject subject,
    String organizationId,
    String eventType,
    URI url,
    String payload,
    Status status,
    Instant createdAt,
    List<Attempt> attempts) {

  public WebhookDelivery {
    attempts = List.copyOf(attempts);
  }

  /** {@code pending} until an attempt succeeds, then {@code delivered}. */
  public enum Status {
    PENDING("pending"),
    DELIVERED("delivered");

    private final String wireName;

    Status(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }

    public static Status ofWireName(String wireName) {
      for (Status status : values()) {
        if (status.wireName.equals(wireName)) {
          return status;
        }
      }
      throw new IllegalArgumentException("no delivery status " + wireName);
    }
  }

  /** One try: when, how long, and the receiver's status code or the error that prevented one. */
  public record Attempt(
      Instant at, long durationMs, Optional<Integer> statusCode, Optional<String> error) {

    public boolean succeeded() {
      return statusCode.filter(SignedWebhook::accepted).isPresent();
    }
  }
}
