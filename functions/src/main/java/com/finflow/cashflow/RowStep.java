package com.finflow.cashflow;

import java.util.List;
import java.util.Optional;

/**
 * One atomic step of a batch's first phase: rows {@code from} to {@code to} (exclusive) decided,
 * their groups and quarantined rows written, and what they add to the aggregates kept in the
 * batch's journal. It holds only if the batch's progress is still {@code from} and every group is
 * still as read.
 *
 * @param released quarantined rows whose entries are removed (a row whose rule changed)
 * @param rateUse present when a row of the step is in a currency other than EUR: the step then also
 *     holds only while the rate book is as read, and writes the rows it converted
 */
public record RowStep(
    String batchId,
    int from,
    int to,
    List<GroupWrite> groups,
    List<QuarantinedRow> quarantined,
    List<QuarantinedRow> released,
    Deltas journal,
    Optional<RateUse> rateUse) {

  public RowStep {
    groups = List.copyOf(groups);
    quarantined = List.copyOf(quarantined);
    released = List.copyOf(released);
  }

  /**
   * The items this step writes: its groups, quarantined rows, journal entry, progress and rate use.
   */
  public int items() {
    return 2
        + rateUse.map(RateUse::items).orElse(0)
        + groups.size()
        + quarantined.stream().mapToInt(QuarantinedRow::items).sum()
        + released.stream().mapToInt(QuarantinedRow::items).sum();
  }
}
