package com.finflow.personal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Issues UUID version 7 ids (RFC 9562): the first 48 bits are the recording time in milliseconds,
 * so ids sort by when they were recorded and their lower-case text sorts the same way.
 */
public final class TransactionIds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;

  public TransactionIds(Clock clock) {
    this.clock = clock;
  }

  public String next() {
    long millis = clock.millis();
    long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFF);
    long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
