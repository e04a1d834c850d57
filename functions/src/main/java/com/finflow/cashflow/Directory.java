package com.finflow.cashflow;

import java.util.Map;
import java.util.Optional;

/** Which company of the organization each monitored IBAN belongs to. */
public record Directory(Map<String, String> companyOfIban) {

  public Directory {
    companyOfIban = Map.copyOf(companyOfIban);
  }

  public Optional<String> companyOf(String iban) {
    return Optional.ofNullable(companyOfIban.get(iban));
  }
}
