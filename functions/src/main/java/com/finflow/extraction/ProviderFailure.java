package com.finflow.extraction;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The Open Finance provider did not give what was asked: an HTTP status (0 when no answer came at
 * all), whether asking again may help, and how long the provider asked to wait first.
 */
public final class ProviderFailure extends RuntimeException {

  private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504, 529);

  private final int status;
  private final Optional<Duration> retryAfter;

  public ProviderFailure(int status, String what, Optional<Duration> retryAfter) {
    super(what, null, false, false);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  /** No answer at all: a refused or dropped connection, or a timeout. */
  public static ProviderFailure unreachable(String what) {
    return new ProviderFailure(0, what, Optional.empty());
  }

  public int status() {
    return status;
  }

  public Optional<Duration> retryAfter() {
    return retryAfter;
  }

  public boolean retryable() {
    return status == 0 || RETRYABLE.contains(status);
  }
}
