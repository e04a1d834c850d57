package com.finflow.personal;

import java.time.Instant;
import java.util.Optional;

/**
 * Where each user's transactions are kept, keyed by user and by an id that orders them by when they
 * were recorded. Another user's transaction is never found.
 */
public interface Transactions {

  /**
   * Records the transaction and, when the request carried an idempotency key, claims it with the
   * answer to replay, both at once or not at all.
   */
  Recording record(Transaction transaction, Optional<Claim> claim);

  Optional<Transaction> find(String userId, String id);

  /** Replaces a transaction that still exists; false (nothing written) when it does not. */
  boolean replace(Transaction transaction);

  /** Removes the transaction; false when there was none. */
  boolean delete(String userId, String id);

  /**
   * Up to {@code limit} of the user's transactions that the filter accepts, in descending id order,
   * starting after the id {@code after}. It may answer fewer with a next position, to bound the
   * work of one request when few transactions match.
   */
  TransactionPage page(String userId, TransactionFilter filter, Optional<String> after, int limit);

  /** An idempotency key claimed by a recording: the request's fingerprint and its answer. */
  record Claim(String key, String fingerprint, String answer, Instant expiresAt) {}

  /** How {@link #record} ended. */
  sealed interface Recording {
    record Recorded() implements Recording {}

    /** The key was claimed before by the same request: its answer. */
    record Replay(String answer) implements Recording {}

    record KeyReusedForAnotherRequest() implements Recording {}
  }
}
