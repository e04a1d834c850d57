package com.finflow.localstack.cashflow.fold;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A company as PUT to the API: its accounts and their opening balances in EUR (absent: zero). */
public record MonitoredCompany(
    String companyId, List<String> ibans, Map<String, BigDecimal> openingBalances) {

  public MonitoredCompany {
    ibans = List.copyOf(ibans);
    openingBalances = Map.copyOf(openingBalances);
  }

  BigDecimal opening(String iban) {
    return openingBalances.getOrDefault(iban, BigDecimal.ZERO);
  }
}
