package com.finflow.personal;

import java.time.Instant;
import java.util.Optional;

/**
 * When each user last wrote something analytics depend on. Marked before the write itself, so a
 * view can never claim to reflect a write it has not seen.
 */
public interface WriteMarks {

  /** Moves the user's mark to {@code at}, unless it is already later. */
  void mark(String userId, Instant at);

  Optional<Instant> lastWrite(String userId);
}
