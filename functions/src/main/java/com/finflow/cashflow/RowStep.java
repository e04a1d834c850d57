package com.finflow.cashflow;

import java.util.List;

/**
 * One atomic step of a batch's first phase: rows {@code from} to {@code to} (exclusive) decided,
 * their groups and quarantined rows written, and what they add to the aggregates kept in the
 * batch's journal. It holds only if the batch's progress is still {@code from} and every group is
 * still as read.
 *
 * @param released quarantined rows whose entries are removed (a row whose rule changed)
 */
public record RowStep(
    String batchId,
    int from,
    int to,
    List<GroupWrite> groups,
    List<QuarantinedRow> quarantined,
    List<QuarantinedRow> released,
    Deltas journal) {

  public RowStep {
    groups = List.copyOf(groups);
    quarantined = List.copyOf(quarantined);
    released = List.copyOf(released);
  }

  /** The items this step writes: its groups, quarantined rows, journal entry and progress. */
  public int items() {
    return 2
        + groups.size()
        + quarantined.stream().mapToInt(QuarantinedRow::items).sum()
        + released.stream().mapToInt(QuarantinedRow::items).sum();
  }
}
