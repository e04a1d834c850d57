package com.finflow.localstack.openfinance;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many requests each provider endpoint received since start-up or the last reset, faulted ones
 * included.
 */
final class ProviderCalls {

  private final Map<ProviderEndpoint, AtomicLong> counts = new EnumMap<>(ProviderEndpoint.class);

  ProviderCalls() {
    for (ProviderEndpoint endpoint : ProviderEndpoint.values()) {
      counts.put(endpoint, new AtomicLong());
    }
  }

  void count(ProviderEndpoint endpoint) {
    counts.get(endpoint).incrementAndGet();
  }

  /** Every endpoint by its wire name, in declaration order, zeros included. */
  Map<String, Long> snapshot() {
    Map<String, Long> snapshot = new LinkedHashMap<>();
    counts.forEach((endpoint, count) -> snapshot.put(endpoint.wireName(), count.get()));
    return snapshot;
  }

  void reset() {
    counts.values().forEach(count -> count.set(0));
  }
}
