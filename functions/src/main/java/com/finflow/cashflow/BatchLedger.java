package com.finflow.cashflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where batches are applied exactly once. A batch's record holds the digest of its rows and its
 * progress: the next row position to apply, then the next journal update to add. Every step commits
 * atomically with that progress, so a crash anywhere resumes where the last step ended and two
 * deliveries of one batch never both apply a step.
 */
public interface BatchLedger {

  /** The most items one atomic step may write (DynamoDB's transaction limit). */
  int MAX_STEP_ITEMS = 100;

  /**
   * Records the batch id for these rows, or reads the record already there: its progress when the
   * digest is the same, {@link Claim.Reused} when it is another.
   */
  Claim claim(String organizationId, Source source, String batchId, String digest, int rows);

  /** The batch's progress as stored now. */
  Claim.Open progress(String organizationId, String batchId);

  /** Sets a refused delivery aside, once per distinct content. */
  void setAside(String organizationId, RefusedBatch refused);

  /**
   * The groups of these keys as stored now (strongly consistent); absent ones are {@link
   * Group#none()}.
   */
  Map<GroupKey, Group> groups(String organizationId, Set<GroupKey> keys);

  /** Commits a first-phase step; false when its progress or a group changed meanwhile. */
  boolean commitRows(String organizationId, RowStep step);

  /** Every first-phase step's deltas of the batch, in step order. */
  List<Deltas> journal(String organizationId, String batchId);

  /** Commits a second-phase step; false when the batch's progress changed meanwhile. */
  boolean commitTotals(String organizationId, TotalsStep step);

  /** Rows of the currency waiting for a rate, from the day {@code from} on, a page at a time. */
  HeldRows held(
      String organizationId, String currency, LocalDate from, Optional<String> cursor, int limit);

  /** Commits a release step; false when one of its groups changed meanwhile. */
  boolean commitRelease(String organizationId, ReleaseStep step);

  /** How a claim ended. */
  sealed interface Claim {
    /**
     * The batch is this delivery's to apply, from {@code next} on.
     *
     * @param done every step is applied: nothing is left to do
     */
    record Open(int next, boolean done) implements Claim {}

    /** The batch id was first used for other rows. */
    record Reused() implements Claim {}
  }

  /** A page of held rows and where the next one starts. */
  record HeldRows(List<QuarantinedRow> rows, Optional<String> next) {}
}
