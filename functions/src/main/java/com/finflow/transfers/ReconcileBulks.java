package com.finflow.transfers;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Finds bulks still open past a deadline and moves each on: enqueues transfers that were never enqueued or never
 * ended, requests settlement of bulks whose transfers all ended, and completes submissions left unanswered. Every
 * step is idempotent, so running it too often costs messages, never money.
 */
public final class ReconcileBulks {

  private final BulkStore store;
  private final TransferQueues queues;
  private final Clock clock;
  private final Duration deadline;

  public ReconcileBulks(BulkStore store, TransferQueues queues, Clock clock, Duration deadline) {
    this.store = store;
    this.queues = queues;
    this.clock = clock;
    this.deadline = deadline;
  }

  /** What one pass did. */
  public record Pass(int reEnqueued, int settlementsRequested) {}

  public Pass reconcile() {
    List<Bulk> stuck = store.openBulksCreatedBefore(clock.instant().minus(deadline));
    int reEnqueued = 0;
    int settlements = 0;
    for (Bulk bulk : stuck) {
      store.completeSubmission(bulk.organizationId(), bulk.idempotencyKey());
      if (bulk.allTransfersFinished()) {
        queues.settle(bulk.id());
        settlements++;
      } else {
        queues.fanOut(bulk.id());
        reEnqueued++;
      }
    }
    return new Pass(reEnqueued, settlements);
  }
}
