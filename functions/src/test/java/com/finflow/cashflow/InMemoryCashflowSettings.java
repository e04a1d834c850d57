package com.finflow.cashflow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** An organization's cashflow settings in memory: strict IBANs and interest rates. */
public final class InMemoryCashflowSettings implements CashflowSettings {

  private final Map<String, InterestRates> interestRates = new HashMap<>();
  private final Set<String> strict = new HashSet<>();

  @Override
  public synchronized boolean strictIbans(String organizationId) {
    return strict.contains(organizationId);
  }

  @Override
  public synchronized InterestRates interestRates(String organizationId) {
    return interestRates.getOrDefault(organizationId, InterestRates.DEFAULT);
  }

  @Override
  public synchronized void change(String organizationId, CashflowSettings.Change change) {
    change
        .strictIbans()
        .ifPresent(
            strictMode -> {
              if (strictMode) {
                strict.add(organizationId);
              } else {
                strict.remove(organizationId);
              }
            });
    InterestRates current = interestRates(organizationId);
    interestRates.put(
        organizationId,
        new InterestRates(
            change.creditRate().orElse(current.credit()),
            change.debitRate().orElse(current.debit())));
  }
}
