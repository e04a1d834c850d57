package com.finflow.cashflow;

import java.util.List;
import java.util.Optional;

/**
 * A company's position now: its balance, debt (negative account balances, as a positive amount),
 * credit (positive ones), accounts, counterpart countries and counters. Amounts are EUR decimals.
 */
public record CompanySummary(
    String companyId,
    String currency,
    String balance,
    String debt,
    String credit,
    List<AccountBalance> accounts,
    List<CountryFlow> countries,
    long transactionsCounted,
    long transactionsQuarantined,
    Optional<String> latestTransactionAt) {

  /** Counted transactions with counterparts of one IBAN country. */
  public record CountryFlow(String country, long transactions, String in, String out) {}
}
