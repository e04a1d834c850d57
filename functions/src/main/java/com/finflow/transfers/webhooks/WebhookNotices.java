package com.finflow.transfers.webhooks;

import com.finflow.shared.Json;
import com.finflow.transfers.Bulk;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what happened to a bulk into webhook deliveries for its URL. A notice's id is derived from the event, so
 * repeating a notice (after a crash, a duplicate message) records and enqueues it only once.
 */
public final class WebhookNotices {

  public static final String BULK_SETTLED = "bulk.settled";
  public static final String TRANSFER_FAILED = "transfer.failed";

  private final WebhookDeliveries deliveries;
  private final WebhookQueue queue;
  private final Clock clock;

  public WebhookNotices(WebhookDeliveries deliveries, WebhookQueue queue, Clock clock) {
    this.deliveries = deliveries;
    this.queue = queue;
    this.clock = clock;
  }

  public void bulkSettled(Bulk bulk) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("bulk_id", bulk.id());
    data.put("status", bulk.settledStatus().wireName());
    data.put("transfer_count", bulk.transferCount());
    data.put("counts", Map.of("executed", bulk.tally().executed(), "failed", bulk.tally().failed(),
        "cancelled", bulk.tally().cancelled()));
    data.put("amounts", Map.of("total", bulk.total().toDecimalString(),
        "executed", bulk.tally().executedAmount().toDecimalString(), "currency", bulk.total().currency().getCurrencyCode()));
    notice(bulk, BULK_SETTLED, BULK_SETTLED + ":" + bulk.id(), data);
  }

  public void transferFailed(Bulk bulk, int index, String reason) {
    notice(bulk, TRANSFER_FAILED, TRANSFER_FAILED + ":" + bulk.id() + ":" + index,
        Map.of("bulk_id", bulk.id(), "transfer_index", index, "reason", reason));
  }

  private void notice(Bulk bulk, String type, String id, Map<String, Object> data) {
    if (bulk.webhookUrl().isEmpty() || deliveries.find(bulk.id(), id).isPresent()) {
      return;
    }
    Instant now = clock.instant();
    String payload = Json.write(Map.of("id", id, "type", type, "created_at", now.toString(), "data", data));
    deliveries.create(new WebhookDelivery(id, bulk.id(), bulk.organizationId(), type, bulk.webhookUrl().get(), payload,
        "pending", now, List.of()));
    queue.deliver(bulk.id(), id, false);
  }
}
