package com.finflow.personal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.finflow.shared.Caller;
import com.finflow.shared.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Records one of the caller's transactions. Under an {@code Idempotency-Key} the same request
 * replays the first answer and a different one is refused, as for bulk transfers.
 */
public final class RecordTransaction {

  private final Transactions transactions;
  private final TransactionIds ids;
  private final Clock clock;
  private final Duration idempotencyRetention;
  private final ViewInvalidation invalidation;

  public RecordTransaction(
      Transactions transactions,
      TransactionIds ids,
      Clock clock,
      Duration idempotencyRetention,
      ViewInvalidation invalidation) {
    this.transactions = transactions;
    this.ids = ids;
    this.clock = clock;
    this.idempotencyRetention = idempotencyRetention;
    this.invalidation = invalidation;
  }

  /** The answer (JSON) and whether it replays an earlier one. */
  public record Answer(String json, String id, boolean replayed) {}

  public Answer record(Caller caller, NewTransaction command) {
    Instant now = clock.instant();
    Transaction transaction =
        new Transaction(
            ids.next(),
            caller.userId(),
            command.accountId(),
            command.amount(),
            command.direction(),
            command.currency(),
            command.category(),
            command.description(),
            command.occurredAt(),
            now,
            now);
    String answer = Json.write(TransactionView.of(transaction));
    var claim =
        command
            .idempotencyKey()
            .map(
                key ->
                    new Transactions.Claim(
                        key, command.fingerprint(), answer, now.plus(idempotencyRetention)));
    return switch (transactions.record(transaction, claim)) {
      case Transactions.Recording.Recorded recorded -> {
        invalidation.written(caller.userId());
        yield new Answer(answer, transaction.id(), false);
      }
      case Transactions.Recording.Replay replay ->
          new Answer(replay.answer(), idOf(replay.answer()), true);
      case Transactions.Recording.KeyReusedForAnotherRequest reused ->
          throw new IdempotencyKeyReused();
    };
  }

  private static String idOf(String answer) {
    try {
      return Json.MAPPER.readTree(answer).path("id").asText();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a recorded answer is not JSON", e);
    }
  }
}
