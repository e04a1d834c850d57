package com.finflow.transfers;

import java.time.Instant;
import java.util.List;

/**
 * The notices written with the settlements and failures that caused them, kept until published.
 * Implementations write them inside {@link BulkSettlement#settle} and {@link
 * TransferLedger#recordOutcome}; this port finds, claims and removes them.
 */
public interface NoticeOutbox {

  /** The bulk's notices not removed yet, due or not, read as they are now. */
  List<OutboxNotice> pendingOf(String bulkId);

  /**
   * The bulks that have a notice due before {@code now}, each once. May lag behind the outbox by a
   * moment: read each bulk's notices with {@link #pendingOf} before acting on them.
   */
  List<String> bulksWithNoticesDue(Instant now);

  /**
   * Takes the notice for publishing until {@code until}, only if it is still as it was read (same
   * due time): of concurrent claims on one reading, one wins. False when another drain claimed it
   * or it was removed.
   */
  boolean claim(OutboxNotice notice, Instant until);

  /** Removes a published notice; removing it again changes nothing. */
  void remove(OutboxNotice notice);
}
