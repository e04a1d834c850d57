package com.finflow.transfers;

import com.finflow.shared.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a submitted bulk is accepted: recorded, its idempotency key claimed and its total reserved.
 */
public interface BulkAcceptance {

  /**
   * Records the bulk with its transfers, claims the idempotency key and reserves the total on the
   * account, all in one atomic write: either everything happens or nothing does.
   */
  Acceptance accept(Bulk bulk, List<CreditTransfer> transfers, Submission submission);

  /**
   * What an earlier submission under the same key would answer, read without writing anything: a
   * {@link Acceptance.Replay}, {@link Acceptance.StillBeingAccepted} or {@link
   * Acceptance.KeyReusedForAnotherPayload}; empty when the organization made none.
   */
  Optional<Acceptance> earlier(Submission submission);

  /**
   * What the caller submitted, identified within their organization, and the answer to replay for
   * it.
   */
  record Submission(
      String organizationId,
      String idempotencyKey,
      String payloadHash,
      String response,
      Instant expiresAt) {}

  /** How {@link #accept} ended. */
  sealed interface Acceptance {
    record Accepted() implements Acceptance {}

    record Replay(String response) implements Acceptance {}

    record StillBeingAccepted() implements Acceptance {}

    record KeyReusedForAnotherPayload() implements Acceptance {}

    record InsufficientFunds(Money available, Money requested) implements Acceptance {}

    record NoSuchAccount() implements Acceptance {}
  }
}
