package com.finflow.transfers.webhooks;

import com.finflow.transfers.Bulk;
import com.finflow.webhooks.WebhookNotice;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns what happened to a bulk into notices for its webhook URL, published through the webhooks feature. A notice's
 * id is derived from the event, so repeating a notice (after a crash, a duplicate message) delivers it only once.
 */
public final class WebhookNotices {

  public static final String BULK_SETTLED = "bulk.settled";
  public static final String TRANSFER_FAILED = "transfer.failed";

  private final com.finflow.webhooks.WebhookNotices notices;

  public WebhookNotices(com.finflow.webhooks.WebhookNotices notices) {
    this.notices = notices;
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
    bulk.webhookUrl().ifPresent(url -> notices.publish(
        new WebhookNotice(id, type, bulk.organizationId(), "bulk/" + bulk.id(), url, data)));
  }
}
