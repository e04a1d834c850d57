package com.finflow.transfers;

import com.finflow.transfers.webhooks.WebhookNotices;

import java.util.Optional;

/**
 * Settles a bulk once all its transfers have ended: debits the account by what was executed, releases the whole
 * reservation and sets the final status. Repeated requests change nothing.
 */
public final class SettleBulk {

  private final BulkStore store;
  private final WebhookNotices notices;

  public SettleBulk(BulkStore store, WebhookNotices notices) {
    this.store = store;
    this.notices = notices;
  }

  /** True when this call settled the bulk. */
  public boolean settle(String bulkId, String cause) {
    Optional<Bulk> bulk = store.find(bulkId);
    if (bulk.isEmpty() || !bulk.get().allTransfersFinished()) {
      return false;
    }
    boolean settledNow = !bulk.get().status().settled() && store.settle(bulk.get(), cause);
    // Also after a repeated request: a notice lost to a crash right after settlement is sent then (once).
    if (settledNow || bulk.get().status().settled()) {
      notices.bulkSettled(bulk.get());
    }
    return settledNow;
  }
}
