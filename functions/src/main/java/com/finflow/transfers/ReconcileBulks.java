package com.finflow.transfers;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Finds bulks still open past a deadline and moves each on: enqueues transfers that were never
 * enqueued or never ended, requests settlement of bulks whose transfers all ended, and completes
 * submissions left unanswered. Then publishes the webhook notices left in the outbox by a worker
 * that died after its transaction. Every step is idempotent, so running it too often costs
 * messages, never money.
 */
public final class ReconcileBulks {

  private final OpenBulks openBulks;
  private final Submissions submissions;
  private final TransferQueues queues;
  private final DrainOutbox outbox;
  private final Clock clock;
  private final Duration deadline;

  public ReconcileBulks(
      OpenBulks openBulks,
      Submissions submissions,
      TransferQueues queues,
      DrainOutbox outbox,
      Clock clock,
      Duration deadline) {
    this.openBulks = openBulks;
    this.submissions = submissions;
    this.queues = queues;
    this.outbox = outbox;
    this.clock = clock;
    this.deadline = deadline;
  }

  /**
   * What one pass did.
   *
   * @param noticesPublished notices taken from the outbox and published
   * @param bulksWithNoticesLeft bulks whose outbox could not be drained this time (the next pass
   *     tries again)
   */
  public record Pass(
      int reEnqueued, int settlementsRequested, int noticesPublished, int bulksWithNoticesLeft) {}

  public Pass reconcile() {
    // First: it does not depend on the bulks' pass, which a failure may cut short.
    DrainOutbox.Drained drained = outbox.drainAllDue();
    List<Bulk> stuck = openBulks.createdBefore(clock.instant().minus(deadline));
    int reEnqueued = 0;
    int settlements = 0;
    for (Bulk bulk : stuck) {
      submissions.complete(bulk.organizationId(), bulk.idempotencyKey());
      if (bulk.allTransfersFinished()) {
        queues.settle(bulk.id());
        settlements++;
      } else {
        queues.fanOut(bulk.id());
        reEnqueued++;
      }
    }
    return new Pass(reEnqueued, settlements, drained.published(), drained.bulksLeftForNextPass());
  }
}
