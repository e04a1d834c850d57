package com.finflow.transfers;

/** Where a bulk whose transfers have all ended is settled against its account. */
public interface BulkSettlement {

  /**
   * Debits the account by what was executed, releases the whole reservation and sets the final
   * status, once: false when the bulk was already settled, still has pending transfers, or has had
   * an outcome recorded since it was read.
   */
  boolean settle(Bulk bulk, String cause);
}
