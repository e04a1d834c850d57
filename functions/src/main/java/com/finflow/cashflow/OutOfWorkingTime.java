package com.finflow.cashflow;

import com.finflow.shared.failure.Unavailable;

/**
 * The worker stopped between two steps of a batch before its time ran out. Every step so far is
 * committed with the batch's progress; the next delivery of the batch goes on from there.
 */
public final class OutOfWorkingTime extends Unavailable {

  public OutOfWorkingTime(String batchId, int next) {
    super("batch " + batchId + " stopped at step " + next + " before the worker's time ran out");
  }
}
