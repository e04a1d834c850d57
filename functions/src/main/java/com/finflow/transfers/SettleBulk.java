package com.finflow.transfers;

import java.util.Optional;

/**
 * Settles a bulk once all its transfers have ended: debits the account by what was executed,
 * releases the whole reservation and sets the final status. Repeated requests change nothing.
 */
public final class SettleBulk {

  private final Bulks bulks;
  private final BulkSettlement settlement;
  private final BulkNotices notices;

  public SettleBulk(Bulks bulks, BulkSettlement settlement, BulkNotices notices) {
    this.bulks = bulks;
    this.settlement = settlement;
    this.notices = notices;
  }

  /** True when this call settled the bulk. */
  public boolean settle(String bulkId, String cause) {
    Optional<Bulk> bulk = bulks.find(bulkId);
    if (bulk.isEmpty() || !bulk.get().allTransfersFinished()) {
      return false;
    }
    boolean settledNow = !bulk.get().status().settled() && settlement.settle(bulk.get(), cause);
    // Also after a repeated request: a notice lost to a crash right after settlement is sent then
    // (once).
    if (settledNow || bulk.get().status().settled()) {
      notices.bulkSettled(bulk.get());
    }
    return settledNow;
  }
}
