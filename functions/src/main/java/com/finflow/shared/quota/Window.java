package com.finflow.shared.quota;

import java.time.Duration;
import java.time.Instant;

/** One fixed counting window of a {@link RateLimit}: from its start, included, to its end. */
public record Window(Instant start, Instant end) {

  /**
   * How long a refused caller waits for the next window, in whole seconds rounded up. Never zero:
   * {@code Retry-After: 0} would invite a retry that the same window refuses again.
   */
  public Duration retryAfter(Instant now) {
    long millis = Duration.between(now, end).toMillis();
    return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
  }
}
