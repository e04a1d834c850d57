package com.finflow.transfers;

import java.util.Optional;

/**
 * Settles a bulk once all its transfers have ended: debits the account by what was executed,
 * releases the whole reservation and sets the final status, and writes the {@code bulk.settled}
 * notice to the bulk's outbox in the same transaction; then publishes it. Repeated requests change
 * nothing, but publish what a crash left in the outbox once it is due.
 */
public final class SettleBulk {

  private final Bulks bulks;
  private final BulkSettlement settlement;
  private final DrainOutbox outbox;

  public SettleBulk(Bulks bulks, BulkSettlement settlement, DrainOutbox outbox) {
    this.bulks = bulks;
    this.settlement = settlement;
    this.outbox = outbox;
  }

  /** True when this call settled the bulk. */
  public boolean settle(String bulkId, String cause) {
    Optional<Bulk> read = bulks.find(bulkId);
    if (read.isEmpty() || !read.get().allTransfersFinished()) {
      return false;
    }
    Bulk bulk = read.get();
    Optional<OutboxNotice> notice =
        BulkNotices.bulkSettled(bulk).map(settled -> outbox.toWrite(bulkId, settled));
    boolean settledNow = !bulk.status().settled() && settlement.settle(bulk, cause, notice);
    if (settledNow) {
      notice.ifPresent(outbox::publishHeld);
    }
    outbox.drainDue(bulkId);
    return settledNow;
  }
}
