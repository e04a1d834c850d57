package com.finflow.extraction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The moment an extraction must answer by, safely under API Gateway's 30-second limit. */
public record Deadline(Instant at, Clock clock) {

  public static Deadline in(Duration budget, Clock clock) {
    return new Deadline(clock.instant().plus(budget), clock);
  }

  public Duration remaining() {
    Duration left = Duration.between(clock.instant(), at);
    return left.isNegative() ? Duration.ZERO : left;
  }

  public boolean passed() {
    return remaining().isZero();
  }
}
