package com.finflow.cashflow;

import java.util.List;

/**
 * One atomic step of releasing rows that waited for a rate: their groups now count them, their
 * quarantine entries go, and the aggregates take their contributions. It holds only if every group
 * is still as read.
 */
public record ReleaseStep(
    List<GroupWrite> groups, List<QuarantinedRow> released, List<AggregateUpdate> updates) {

  public ReleaseStep {
    groups = List.copyOf(groups);
    released = List.copyOf(released);
    updates = List.copyOf(updates);
  }

  public int items() {
    return groups.size() + released.stream().mapToInt(QuarantinedRow::items).sum() + updates.size();
  }
}
