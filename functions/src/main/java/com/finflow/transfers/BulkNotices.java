package com.finflow.transfers;

import com.finflow.webhooks.WebhookNotice;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The notices a bulk's webhook is told, when the bulk has one. A notice's id is derived from the
 * event, so repeating a notice (after a crash, a duplicate message) delivers it only once.
 */
public final class BulkNotices {

  public static final String BULK_SETTLED = "bulk.settled";
  public static final String TRANSFER_FAILED = "transfer.failed";

  private BulkNotices() {}

  /** The bulk settled as read: its final status, counts and amounts. */
  public static Optional<WebhookNotice> bulkSettled(Bulk bulk) {
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
    return noticeOf(bulk, BULK_SETTLED, BULK_SETTLED + ":" + bulk.id(), data);
  }

  public static Optional<WebhookNotice> transferFailed(Bulk bulk, int index, String reason) {
    return noticeOf(
        bulk,
        TRANSFER_FAILED,
        TRANSFER_FAILED + ":" + bulk.id() + ":" + index,
        Map.of("bulk_id", bulk.id(), "transfer_index", index, "reason", reason));
  }

  private static Optional<WebhookNotice> noticeOf(
      Bulk bulk, String type, String id, Map<String, Object> data) {
    return bulk.webhookUrl()
        .map(
            url ->
                new WebhookNotice(id, type, bulk.organizationId(), "bulk/" + bulk.id(), url, data));
  }
}
