package com.finflow.transfers;

import com.finflow.shared.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Bulks, their transfers' outcomes, their audit trail, the idempotency of submissions and the funds they reserve. */
public interface BulkStore {

  /**
   * Records the bulk with its transfers, claims the idempotency key and reserves the total on the account, all in
   * one atomic write: either everything happens or nothing does.
   */
  Acceptance accept(Bulk bulk, BulkRequest request, Submission submission);

  /** Marks the submission as answered: from now on the same key replays the answer recorded with it. */
  void completeSubmission(String organizationId, String idempotencyKey);

  Optional<Bulk> find(String bulkId);

  /** The transfers of the bulk as submitted, in order. */
  List<CreditTransfer> transfersOf(String bulkId);

  /** Outcomes recorded so far, in transfer order, starting at {@code fromIndex}. */
  List<TransferOutcome> outcomes(String bulkId, int fromIndex, int limit);

  /**
   * Records how a transfer ended and counts it on its bulk, atomically and only once: false when an outcome was
   * already recorded (a duplicate delivery), in which case nothing changes. A claimed transfer can end executed or
   * failed, never cancelled.
   */
  boolean recordOutcome(TransferOrder order, TransferOutcome outcome, String cause);

  /**
   * Marks a transfer as being executed, before its payment is asked for, so that a cancellation can no longer
   * overtake it. True when the transfer is (now or already) claimed; false when it has already ended.
   */
  boolean claim(TransferOrder order, String cause);

  /** All-or-nothing: stop executing the bulk's remaining transfers. False when it was already cancelling or settled. */
  boolean startCancelling(String bulkId, String cause);

  void markFannedOut(String bulkId);

  /**
   * Debits the account by what was executed, releases the whole reservation and sets the final status, once:
   * false when the bulk was already settled or still has pending transfers.
   */
  boolean settle(Bulk bulk, String cause);

  /** Bulks not settled yet that were created before {@code before}. */
  List<Bulk> openBulksCreatedBefore(Instant before);

  /** What the caller submitted, identified within their organization. */
  record Submission(String organizationId, String idempotencyKey, String payloadHash, String response, Instant expiresAt) {}

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
