package com.finflow.extraction;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryTokenVault implements TokenVault {

  private record Entry(String secret, Instant expiresAt) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public Optional<String> find(String organizationId, String purpose, String key) {
    return Optional.ofNullable(entries.get(organizationId + "|" + purpose + "|" + key))
        .filter(entry -> entry.expiresAt().isAfter(Instant.now()))
        .map(Entry::secret);
  }

  @Override
  public void keep(String organizationId, String purpose, String key, String secret, Instant expiresAt) {
    entries.put(organizationId + "|" + purpose + "|" + key, new Entry(secret, expiresAt));
  }
}
