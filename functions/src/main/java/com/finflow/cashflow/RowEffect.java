package com.finflow.cashflow;

import java.util.List;
import java.util.Optional;

/** What deciding one row changes: its group, quarantine entries, and the aggregates. */
record RowEffect(
    Optional<GroupWrite> group,
    List<QuarantinedRow> quarantined,
    List<QuarantinedRow> released,
    Deltas deltas) {

  static RowEffect none() {
    return new RowEffect(Optional.empty(), List.of(), List.of(), new Deltas());
  }
}
