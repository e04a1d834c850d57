package com.finflow.localstack.cashflow;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One line of {@code companies.jsonl}; opening balances in EUR, absent ones are zero. */
record Company(
    String companyId,
    String name,
    String owner,
    List<String> ibans,
    Map<String, BigDecimal> openingBalances) {

  Company {
    ibans = List.copyOf(ibans);
    // Kept in insertion order so the file is the same bytes for the same seed.
    openingBalances = Collections.unmodifiableMap(new LinkedHashMap<>(openingBalances));
  }
}
