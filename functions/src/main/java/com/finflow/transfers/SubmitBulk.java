package com.finflow.transfers;

import com.finflow.shared.Caller;
import com.finflow.shared.Json;
import com.finflow.shared.log.StructuredLog;
import com.finflow.shared.quota.Quota;
import com.finflow.shared.quota.TooManyRequests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Accepts a validated bulk: in one atomic write records the bulk, claims the idempotency key and
 * reserves the total on the account; then asks for the transfers to be enqueued. The same key with
 * the same request replays the first answer.
 *
 * <p>Each attempt at that write first takes one submission from the organization's quota, since
 * each costs a transaction over the whole bulk whether it ends accepted, replayed or refused. Once
 * the quota is used up, an earlier submission under the same key is still answered: a client
 * retrying after a timeout gets its replay rather than {@code 429}.
 */
public final class SubmitBulk {

  private static final StructuredLog LOG = StructuredLog.of(SubmitBulk.class);

  private final BulkAcceptance acceptance;
  private final Submissions submissions;
  private final TransferQueues queues;
  private final Quota quota;
  private final Clock clock;
  private final Duration idempotencyRetention;

  public SubmitBulk(
      BulkAcceptance acceptance,
      Submissions submissions,
      TransferQueues queues,
      Quota quota,
      Clock clock,
      Duration idempotencyRetention) {
    this.acceptance = acceptance;
    this.submissions = submissions;
    this.queues = queues;
    this.quota = quota;
    this.clock = clock;
    this.idempotencyRetention = idempotencyRetention;
  }

  /** The submission's answer (JSON), and whether it replays an earlier one. */
  public record Answer(String json, boolean replayed) {}

  public Answer submit(Caller caller, SubmitBulkCommand command) {
    Instant now = clock.instant();
    String key = command.idempotencyKey();
    Bulk bulk =
        new Bulk(
            UUID.randomUUID().toString(),
            caller.organizationId(),
            command.organizationIban(),
            command.mode(),
            BulkStatus.ACCEPTED,
            command.transfers().size(),
            command.total(),
            Tally.none(command.total().currency()),
            now,
            Optional.empty(),
            command.webhookUrl(),
            key,
            false);
    String answer = Json.write(BulkAccepted.of(bulk));
    BulkAcceptance.Submission submission =
        new BulkAcceptance.Submission(
            caller.organizationId(),
            key,
            command.fingerprint(),
            answer,
            now.plus(idempotencyRetention));

    try {
      quota.take(caller.organizationId());
    } catch (TooManyRequests usedUp) {
      return acceptance
          .earlier(submission)
          .map(earlier -> answerOf(earlier, bulk, command, answer))
          .orElseThrow(() -> usedUp);
    }
    return answerOf(
        acceptance.accept(bulk, command.transfers(), submission), bulk, command, answer);
  }

  private Answer answerOf(
      BulkAcceptance.Acceptance outcome, Bulk bulk, SubmitBulkCommand command, String answer) {
    return switch (outcome) {
      case BulkAcceptance.Acceptance.Accepted accepted -> {
        enqueue(bulk);
        submissions.complete(bulk.organizationId(), bulk.idempotencyKey());
        yield new Answer(answer, false);
      }
      case BulkAcceptance.Acceptance.Replay replay -> new Answer(replay.response(), true);
      case BulkAcceptance.Acceptance.StillBeingAccepted inProgress ->
          throw new SubmissionInProgress();
      case BulkAcceptance.Acceptance.KeyReusedForAnotherPayload reused ->
          throw new IdempotencyKeyReused();
      case BulkAcceptance.Acceptance.NoSuchAccount missing ->
          throw new NotAnAccountOfTheOrganization(command.total().currency());
      case BulkAcceptance.Acceptance.InsufficientFunds funds ->
          throw new InsufficientFunds(funds.available(), funds.requested());
    };
  }

  // The bulk is durable once accepted: if the queue is unreachable now, the reconciler enqueues it
  // later.
  private void enqueue(Bulk bulk) {
    try {
      queues.fanOut(bulk.id());
    } catch (RuntimeException e) {
      LOG.error("bulk accepted but not enqueued; the reconciler will enqueue it", e);
    }
  }
}
