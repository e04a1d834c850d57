package com.finflow.transfers;

import com.finflow.webhooks.WebhookNotice;
import com.finflow.webhooks.WebhookNotices;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells a bulk's webhook what happened to it, when the bulk has one. A notice's id is derived from
 * the event, so repeating a notice (after a crash, a duplicate message) delivers it only once.
 */
public final class BulkNotices {

  public static final String BULK_SETTLED = "bulk.settled";
  public static final String TRANSFER_FAILED = "transfer.failed";

  private final WebhookNotices notices;

  public BulkNotices(WebhookNotices notices) {
    this.notices = notices;
  }

  public void bulkSettled(Bulk bulk) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("bulk_id", bulk.id());
    data.put("status", bulk.settledStatus().wireName());
    data.put("transfer_count", bulk.transferCount());
    data.put(
        "counts",
        Map.of(
            "executed",
            bulk.tally().executed(),
            "failed",
            bulk.tally().failed(),
            "cancelled",
            bulk.tally().cancelled()));
    data.put(
        "amounts",
        Map.of(
            "total",
            bulk.total().toDecimalString(),
            "executed",
            bulk.tally().executedAmount().toDecimalString(),
            "currency",
            bulk.total().currency().getCurrencyCode()));
    publish(bulk, BULK_SETTLED, BULK_SETTLED + ":" + bulk.id(), data);
  }

  public void transferFailed(Bulk bulk, int index, String reason) {
    publish(
        bulk,
        TRANSFER_FAILED,
        TRANSFER_FAILED + ":" + bulk.id() + ":" + index,
        Map.of("bulk_id", bulk.id(), "transfer_index", index, "reason", reason));
  }

  private void publish(Bulk bulk, String type, String id, Map<String, Object> data) {
    bulk.webhookUrl()
        .ifPresent(
            url ->
                notices.publish(
                    new WebhookNotice(
                        id, type, bulk.organizationId(), "bulk/" + bulk.id(), url, data)));
  }
}
