package com.finflow.personal;

import java.time.Instant;
import java.util.Optional;

/**
 * When each user last wrote something analytics depend on, marked once the write has succeeded: a
 * view reflecting an earlier mark is stale.
 */
public interface WriteMarks {

  /** Moves the user's mark to {@code at}, unless it is already later. */
  void mark(String userId, Instant at);

  Optional<Instant> lastWrite(String userId);
}
