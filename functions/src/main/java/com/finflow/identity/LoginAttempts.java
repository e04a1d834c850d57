package com.finflow.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Failed sign-ins per key (an account or a source address), kept for a sliding window. */
public interface LoginAttempts {

  /** The failures recorded for the key within the window ending now, oldest first. */
  List<Instant> failuresSince(String key, Instant since);

  void recordFailure(String key, Instant at, Duration window);

  void forget(String key);
}
