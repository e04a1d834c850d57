package com.finflow.identity;

import com.finflow.shared.failure.RateLimited;
import java.time.Duration;

/** Too many failed sign-ins for the account or the source address within the window. */
public final class TooManyLoginAttempts extends RateLimited {

  public TooManyLoginAttempts(Duration retryAfter) {
    super("too many failed sign-ins; try again later", retryAfter);
  }
}
