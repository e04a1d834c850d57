package com.finflow.personal;

import java.time.Instant;

/** Asks the refresher to bring a user's analytics view up to a write (a queue, in production). */
public interface RefreshRequests {

  void request(String userId, Instant writtenAt);
}
