package com.finflow.transfers;

/**
 * Settles a bulk once all its transfers have ended: debits the account by what was executed, releases the whole
 * reservation and sets the final status. Repeated requests change nothing.
 */
public final class SettleBulk {

  private final BulkStore store;

  public SettleBulk(BulkStore store) {
    this.store = store;
  }

  /** True when this call settled the bulk. */
  public boolean settle(String bulkId, String cause) {
    return store.find(bulkId)
        .filter(bulk -> !bulk.status().settled() && bulk.allTransfersFinished())
        .map(bulk -> store.settle(bulk, cause))
        .orElse(false);
  }
}
