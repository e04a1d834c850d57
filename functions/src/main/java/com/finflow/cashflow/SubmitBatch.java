package com.finflow.cashflow;

import com.finflow.shared.Caller;

/**
 * Accepts a batch over HTTP (admins only): records its id with the digest of its rows, so that the
 * same id with other rows is refused at once, then queues it for {@link IngestBatch}. The same
 * batch again is accepted again and applied once.
 */
public final class SubmitBatch {

  private final BatchLedger ledger;
  private final BatchQueue queue;

  public SubmitBatch(BatchLedger ledger, BatchQueue queue) {
    this.ledger = ledger;
    this.queue = queue;
  }

  /** What the caller learns: the batch is durably queued (or already applied). */
  public record Accepted(String batchId, Source source, int rows, String status) {}

  public Accepted submit(Caller caller, Batch batch) {
    caller.requireAdmin();
    BatchLedger.Claim claim =
        ledger.claim(
            caller.organizationId(),
            batch.source(),
            batch.batchId(),
            batch.digest(),
            batch.rows().size());
    if (claim instanceof BatchLedger.Claim.Open open && open.done()) {
      return new Accepted(batch.batchId(), batch.source(), batch.rows().size(), "applied");
    }
    if (claim instanceof BatchLedger.Claim.Reused) {
      throw new BatchIdReused(batch.batchId());
    }
    queue.send(caller.organizationId(), batch);
    return new Accepted(batch.batchId(), batch.source(), batch.rows().size(), "queued");
  }
}
