package com.finflow.cashflow;

import java.util.List;

/**
 * One atomic step of a batch's second phase: the batch's summed journal updates {@code from - rows}
 * to {@code to - rows} (exclusive), written as {@code updates} (the same updates, or for a month
 * found full its days and the mark: {@link SpilledMonths}), holding only if the batch's progress is
 * still {@code from}; the {@code last} one marks the batch applied.
 */
public record TotalsStep(
    String batchId, int from, int to, List<AggregateUpdate> updates, boolean last) {

  public TotalsStep {
    updates = List.copyOf(updates);
  }
}
