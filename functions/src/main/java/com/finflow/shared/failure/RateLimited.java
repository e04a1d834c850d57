package com.finflow.shared.failure;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Too many attempts in a window; the caller may try again after {@code retryAfter}. */
public class RateLimited extends Failure {

  private final Duration retryAfter;

  public RateLimited(String detail, Duration retryAfter) {
    super(
        Category.RATE_LIMITED,
        "",
        detail,
        List.of(),
        Map.of("retry_after", retryAfter.toSeconds()));
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
