package com.finflow.shared.quota;

import com.finflow.shared.failure.RateLimited;
import java.time.Duration;
import java.util.Map;

/** The organization has used up its allowance of an action for the current window. */
public final class TooManyRequests extends RateLimited {

  public TooManyRequests(RateLimit limit, Duration retryAfter) {
    super(
        "your organization may make at most "
            + limit.describe()
            + "; try again in "
            + retryAfter.toSeconds()
            + " s",
        retryAfter,
        Map.of("limit", limit.perWindow(), "window_seconds", limit.window().toSeconds()));
  }
}
