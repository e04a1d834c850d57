package com.finflow.transfers;

/** The idempotency records of submissions. */
public interface Submissions {

  /**
   * Marks the submission as answered: from now on the same key replays the answer recorded with it.
   * Completing it again changes nothing.
   */
  void complete(String organizationId, String idempotencyKey);
}
