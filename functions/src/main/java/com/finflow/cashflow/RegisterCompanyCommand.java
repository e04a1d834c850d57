package com.finflow.cashflow;

import java.util.List;
import java.util.Map;

/**
 * A validated company registration.
 *
 * @param openingBalances EUR cents per IBAN, only for IBANs of the company
 */
public record RegisterCompanyCommand(
    String companyId,
    String name,
    String owner,
    List<String> ibans,
    Map<String, Long> openingBalances) {

  public RegisterCompanyCommand {
    ibans = List.copyOf(ibans);
    openingBalances = Map.copyOf(openingBalances);
    if (ibans.isEmpty() || !ibans.containsAll(openingBalances.keySet())) {
      throw new IllegalArgumentException("a company has IBANs, and balances only for them");
    }
  }
}
