package com.finflow.cashflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A company as the API shows it: opening balances as EUR decimal strings. */
public record CompanyView(
    String companyId,
    String name,
    String owner,
    List<String> ibans,
    Map<String, String> openingBalances) {

  public static CompanyView of(Company company) {
    Map<String, String> balances = new LinkedHashMap<>();
    company
        .ibans()
        .forEach(iban -> balances.put(iban, EurAmount.text(company.openingBalance(iban))));
    return new CompanyView(
        company.id(), company.name(), company.owner(), company.ibans(), balances);
  }
}
