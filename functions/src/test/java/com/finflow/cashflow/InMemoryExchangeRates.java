package com.finflow.cashflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rate periods in memory, only ever added: a second period with the same start is refused. */
public final class InMemoryExchangeRates implements ExchangeRates {

  private final Map<String, List<ExchangeRate>> rates = new HashMap<>();

  @Override
  public synchronized List<ExchangeRate> all(String organizationId) {
    return List.copyOf(rates.getOrDefault(organizationId, List.of()));
  }

  @Override
  public synchronized boolean add(String organizationId, ExchangeRate rate) {
    List<ExchangeRate> ofOrganization =
        rates.computeIfAbsent(organizationId, o -> new ArrayList<>());
    boolean exists =
        ofOrganization.stream()
            .anyMatch(r -> r.currency().equals(rate.currency()) && r.start().equals(rate.start()));
    if (!exists) {
      ofOrganization.add(rate);
    }
    return !exists;
  }
}
