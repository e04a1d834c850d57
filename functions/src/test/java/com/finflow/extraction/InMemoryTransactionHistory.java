package com.finflow.extraction;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Transaction histories in memory, each forgotten at its expiry by the clock given. */
public final class InMemoryTransactionHistory implements TransactionHistory {

  private record Kept(Booked booked, Instant until) {}

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();
  private final AtomicInteger writes = new AtomicInteger();
  private final Clock clock;

  public InMemoryTransactionHistory(Clock clock) {
    this.clock = clock;
  }

  public InMemoryTransactionHistory() {
    this(Clock.systemUTC());
  }

  @Override
  public Optional<Booked> find(String organizationId, String consentId, String accountId) {
    return Optional.ofNullable(kept.get(organizationId + "|" + consentId + "|" + accountId))
        .filter(entry -> clock.instant().isBefore(entry.until()))
        .map(Kept::booked);
  }

  @Override
  public void keep(
      String organizationId, String consentId, String accountId, Booked booked, Instant until) {
    writes.incrementAndGet();
    kept.put(organizationId + "|" + consentId + "|" + accountId, new Kept(booked, until));
  }

  public int writes() {
    return writes.get();
  }

  public Optional<Instant> until(String organizationId, String consentId, String accountId) {
    return Optional.ofNullable(kept.get(organizationId + "|" + consentId + "|" + accountId))
        .map(Kept::until);
  }
}
