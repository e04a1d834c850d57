package com.finflow.transfers;

import java.util.Optional;

/** Where a bulk whose transfers have all ended is settled against its account. */
public interface BulkSettlement {

  /**
   * Debits the account by what was executed, releases the whole reservation, sets the final status
   * and writes the notice (if any) to the bulk's outbox, all at once and once: false when the bulk
   * was already settled, still has pending transfers, or has had an outcome recorded since it was
   * read, in which case nothing is written.
   */
  boolean settle(Bulk bulk, String cause, Optional<OutboxNotice> notice);

  /** As {@link #settle(Bulk, String, Optional)}, for a bulk without webhook. */
  default boolean settle(Bulk bulk, String cause) {
    return settle(bulk, cause, Optional.empty());
  }
}
