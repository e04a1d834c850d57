package com.finflow.transfers;

import com.finflow.shared.money.Money;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A validated bulk submission: who pays, how the transfers depend on each other, the transfers, and
 * what identifies the submission for idempotency.
 *
 * @param idempotencyKey the caller's {@code Idempotency-Key} header, or the body's request id
 *     without one
 * @param fingerprint the same for the same request body whatever the order of its members,
 *     different otherwise: a key reused for another body is refused rather than replayed
 */
public record SubmitBulkCommand(
    String idempotencyKey,
    String organizationBic,
    String organizationIban,
    BulkMode mode,
    Optional<URI> webhookUrl,
    List<CreditTransfer> transfers,
    String fingerprint) {

  public SubmitBulkCommand {
    transfers = List.copyOf(transfers);
    if (transfers.isEmpty()) {
      throw new IllegalArgumentException("a bulk has at least one transfer");
    }
  }

  /** What the bulk reserves on the account: the sum of every transfer. */
  public Money total() {
    return transfers.stream().map(CreditTransfer::amount).reduce(Money::plus).orElseThrow();
  }
}
