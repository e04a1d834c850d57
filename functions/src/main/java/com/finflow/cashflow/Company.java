package com.finflow.cashflow;

import java.util.List;
import java.util.Map;

/**
 * A monitored company of an organization: its accounts (IBANs, each belonging to at most one
 * company of the organization) and the EUR balance of each before any transaction, in cents.
 */
public record Company(
    String id, String name, String owner, List<String> ibans, Map<String, Long> openingBalances) {

  public Company {
    ibans = List.copyOf(ibans);
    openingBalances = Map.copyOf(openingBalances);
  }

  public long openingBalance(String iban) {
    return openingBalances.getOrDefault(iban, 0L);
  }
}
