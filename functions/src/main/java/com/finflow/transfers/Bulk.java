package com.finflow.transfers;

import com.finflow.shared.money.Money;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** A recorded bulk: what was asked, what was reserved, and how its transfers have ended so far. */
public record Bulk(
    String id,
    String organizationId,
    String accountIban,
    BulkMode mode,
    BulkStatus status,
    int transferCount,
    Money total,
    Tally tally,
    Instant createdAt,
    Optional<Instant> settledAt,
    Optional<URI> webhookUrl,
    String idempotencyKey,
    boolean fannedOut) {

  public int pending() {
    return transferCount - tally.finished();
  }

  public boolean allTransfersFinished() {
    return pending() == 0;
  }

  /** The status settlement gives: every transfer executed, none, or some. */
  public BulkStatus settledStatus() {
    if (tally.executed() == transferCount) {
      return BulkStatus.COMPLETED;
    }
    return tally.executed() == 0 ? BulkStatus.FAILED : BulkStatus.PARTIALLY_COMPLETED;
  }
}
