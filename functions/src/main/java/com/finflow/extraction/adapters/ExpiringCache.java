package com.finflow.extraction.adapters;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a warm container remembers between invocations: at most {@code capacity} values, least
 * recently used dropped first, each forgotten at its own expiry.
 */
final class ExpiringCache<K, V> {

  private record Remembered<V>(V value, Instant expiresAt) {}

  private final Clock clock;
  private final Map<K, Remembered<V>> entries;

  ExpiringCache(int capacity, Clock clock) {
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, Remembered<V>> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized Optional<V> get(K key) {
    Remembered<V> entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expiresAt())) {
      entries.remove(key);
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  synchronized void put(K key, V value, Instant expiresAt) {
    if (clock.instant().isBefore(expiresAt)) {
      entries.put(key, new Remembered<>(value, expiresAt));
    } else {
      entries.remove(key);
    }
  }
}
