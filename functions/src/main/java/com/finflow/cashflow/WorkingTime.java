package com.finflow.cashflow;

/**
 * How long the worker applying a batch may still go on. A batch is applied in steps that each
 * commit with its progress, so a worker that stops between two steps loses nothing; one cut off by
 * its platform's time limit is retried only after the queue's visibility timeout.
 */
@FunctionalInterface
public interface WorkingTime {

  /** A worker with no time limit: tests, and callers that apply a batch to the end. */
  WorkingTime UNBOUNDED = () -> true;

  /** Whether another step can start and commit before the worker is stopped. */
  boolean allowsAnotherStep();
}
