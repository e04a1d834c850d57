package com.finflow.transfers;

import com.finflow.shared.failure.Conflict;

/** The same submission is being accepted right now; asking again in a moment replays its answer. */
public final class SubmissionInProgress extends Conflict {

  public SubmissionInProgress() {
    super("a request with this idempotency key is still being accepted; retry in a moment");
  }
}
