package com.finflow.shared.quota;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A quota counted in memory, in the same windows and with the same refusals as DynamoDB's. */
public final class InMemoryQuota implements Quota {

  private final RateLimit limit;
  private final Clock clock;
  private final Map<String, Integer> taken = new HashMap<>();

  public InMemoryQuota(RateLimit limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  @Override
  public synchronized void take(String organizationId) {
    Instant now = clock.instant();
    Window window = limit.windowAt(now);
    String key = organizationId + "#" + window.start();
    int count = taken.getOrDefault(key, 0);
    if (count >= limit.perWindow()) {
      throw new TooManyRequests(limit, window.retryAfter(now));
    }
    taken.put(key, count + 1);
  }

  /** How many the organization has taken in the current window. */
  public synchronized int takenBy(String organizationId) {
    return taken.getOrDefault(organizationId + "#" + limit.windowAt(clock.instant()).start(), 0);
  }
}
