package com.finflow.cashflow;

import java.util.List;

/**
 * One atomic step of a batch's second phase: updates {@code from - rows} onwards of the batch's
 * summed journal added to the aggregates, holding only if the batch's progress is still {@code
 * from}; the {@code last} one marks the batch applied.
 */
public record TotalsStep(
    String batchId, int from, int to, List<AggregateUpdate> updates, boolean last) {

  public TotalsStep {
    updates = List.copyOf(updates);
  }
}
