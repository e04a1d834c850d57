package com.finflow.transfers.webhooks;

import com.finflow.shared.Caller;
import com.finflow.shared.http.Rejection;
import com.finflow.transfers.BulkStore;

import java.time.Instant;
import java.util.List;

/** The webhook deliveries of a bulk, for its organization, and sending one of them again. */
public final class WebhookDeliveryReport {

  private final BulkStore bulks;
  private final WebhookDeliveries deliveries;
  private final WebhookQueue queue;

  public WebhookDeliveryReport(BulkStore bulks, WebhookDeliveries deliveries, WebhookQueue queue) {
    this.bulks = bulks;
    this.deliveries = deliveries;
    this.queue = queue;
  }

  /** What the API shows of a delivery: everything but the secret-signed headers. */
  public record View(String deliveryId, String eventType, String status, String url, Instant createdAt,
      List<WebhookDelivery.Attempt> attempts) {}

  public List<View> of(Caller caller, String bulkId) {
    requireOwnBulk(caller, bulkId);
    return deliveries.ofBulk(bulkId).stream().map(WebhookDeliveryReport::view).toList();
  }

  public View redeliver(Caller caller, String bulkId, String deliveryId) {
    requireOwnBulk(caller, bulkId);
    WebhookDelivery delivery = deliveries.find(bulkId, deliveryId)
        .orElseThrow(() -> new Rejection(Rejection.Kind.NOT_FOUND, "no webhook delivery with this id"));
    queue.deliver(bulkId, deliveryId, true);
    return view(delivery);
  }

  private void requireOwnBulk(Caller caller, String bulkId) {
    bulks.find(bulkId).filter(bulk -> bulk.organizationId().equals(caller.organizationId()))
        .orElseThrow(() -> new Rejection(Rejection.Kind.NOT_FOUND, "no bulk with this id"));
  }

  private static View view(WebhookDelivery delivery) {
    return new View(delivery.id(), delivery.eventType(), delivery.status(), delivery.url().toString(),
        delivery.createdAt(), delivery.attempts());
  }
}
