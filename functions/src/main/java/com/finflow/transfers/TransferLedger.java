package com.finflow.transfers;

import java.util.Optional;

/**
 * Where the execution of each transfer is recorded: claimed before its payment is asked for, then
 * ended once, and where an all-or-nothing bulk starts cancelling.
 */
public interface TransferLedger {

  /**
   * Marks a transfer as being executed, before its payment is asked for, so that a cancellation can
   * no longer overtake it. True when the transfer is (now or already) claimed; false when it has
   * already ended.
   */
  boolean claim(TransferOrder order, String cause);

  /**
   * Records how a transfer ended, counts it on its bulk and writes the notice (if any) to the
   * bulk's outbox, atomically and only once: false when an outcome was already recorded (a
   * duplicate delivery), in which case nothing changes. A claimed transfer can end executed or
   * failed, never cancelled.
   *
   * @param cause what caused this (a message id), kept in the audit trail
   */
  boolean recordOutcome(
      TransferOrder order, TransferOutcome outcome, String cause, Optional<OutboxNotice> notice);

  /**
   * As {@link #recordOutcome(TransferOrder, TransferOutcome, String, Optional)}, without notice.
   */
  default boolean recordOutcome(TransferOrder order, TransferOutcome outcome, String cause) {
    return recordOutcome(order, outcome, cause, Optional.empty());
  }

  /**
   * All-or-nothing: stop executing the bulk's remaining transfers. False when it was already
   * cancelling or settled.
   */
  boolean startCancelling(String bulkId, String cause);
}
