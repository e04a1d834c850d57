package com.finflow.shared.failure;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Too many attempts in a window; the caller may try again after {@code retryAfter}. */
public class RateLimited extends Failure {

  private final Duration retryAfter;

  public RateLimited(String detail, Duration retryAfter) {
    this(detail, retryAfter, Map.of());
  }

  /**
   * @param facts extra members of the problem document, such as the limit that was reached
   */
  protected RateLimited(String detail, Duration retryAfter, Map<String, Object> facts) {
    super(Category.RATE_LIMITED, "", detail, List.of(), withRetryAfter(facts, retryAfter));
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  private static Map<String, Object> withRetryAfter(
      Map<String, Object> facts, Duration retryAfter) {
    Map<String, Object> all = new HashMap<>(facts);
    all.put("retry_after", retryAfter.toSeconds());
    return all;
  }
}
