package com.finflow.webhooks;

import com.finflow.shared.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The webhook deliveries of a subject (a bulk, an extraction) for its organization, and sending one
 * of them again.
 *
 * <p>Access is decided by the deliveries themselves: a subject is visible to the organization its
 * deliveries were published for. A subject without any delivery of the caller's organization
 * answers {@link NoSuchSubject} (404), whether it does not exist, belongs to another organization,
 * or is the caller's own but has no delivery yet (no webhook URL, nothing published so far). Those
 * cases cannot be told apart without asking the feature that owns the subject, and answering them
 * alike is what keeps one organization from learning anything about another's ids.
 */
public final class WebhookDeliveryReport {

  private final DeliveryHistory deliveries;
  private final WebhookQueue queue;

  public WebhookDeliveryReport(DeliveryHistory deliveries, WebhookQueue queue) {
    this.deliveries = deliveries;
    this.queue = queue;
  }

  /** What the API shows of a delivery: everything but the secret-signed headers. */
  public record View(
      String deliveryId,
      String eventType,
      String status,
      String url,
      Instant createdAt,
      List<WebhookDelivery.Attempt> attempts) {

    static View of(WebhookDelivery delivery) {
      return new View(
          delivery.id(),
          delivery.eventType(),
          delivery.status().wireName(),
          delivery.url().toString(),
          delivery.createdAt(),
          delivery.attempts());
    }
  }

  public List<View> of(Caller caller, WebhookSubject subject) {
    return visible(caller, subject).stream().map(View::of).toList();
  }

  /**
   * Enqueues the delivery to be sent again, even if it was delivered, and shows it as it stands.
   */
  public View redeliver(Caller caller, WebhookSubject subject, String deliveryId) {
    Optional<WebhookDelivery> delivery =
        deliveries.find(subject, deliveryId).filter(found -> isOwn(caller, found));
    if (delivery.isEmpty()) {
      visible(caller, subject);
      throw new NoSuchDelivery();
    }
    queue.deliver(subject, deliveryId, true);
    return View.of(delivery.get());
  }

  private List<WebhookDelivery> visible(Caller caller, WebhookSubject subject) {
    List<WebhookDelivery> own =
        deliveries.of(subject).stream().filter(delivery -> isOwn(caller, delivery)).toList();
    if (own.isEmpty()) {
      throw new NoSuchSubject(subject);
    }
    return own;
  }

  private static boolean isOwn(Caller caller, WebhookDelivery delivery) {
    return delivery.organizationId().equals(caller.organizationId());
  }
}
