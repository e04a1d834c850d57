package com.finflow.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Failed sign-ins per key in a map. */
public final class InMemoryLoginAttempts implements LoginAttempts {

  private final Map<String, List<Instant>> failures = new ConcurrentHashMap<>();

  @Override
  public List<Instant> failuresSince(String key, Instant since) {
    return failures.getOrDefault(key, List.of()).stream()
        .filter(at -> !at.isBefore(since))
        .sorted()
        .toList();
  }

  @Override
  public void recordFailure(String key, Instant at, Duration window) {
    failures.computeIfAbsent(key, ignored -> new ArrayList<>()).add(at);
  }

  @Override
  public void forget(String key) {
    failures.remove(key);
  }
}
