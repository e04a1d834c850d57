package com.finflow.cashflow;

import java.util.List;

/**
 * Interest accrued over a window, EUR decimals: {@code earned} on credit balances, {@code charged}
 * on debit balances, {@code net} their difference; per month (clipped to the window) and per
 * account. Each account's month is rounded once; every other figure is a sum of those.
 */
public record InterestReport(
    String companyId,
    String from,
    String to,
    String currency,
    String creditRate,
    String debitRate,
    String dayCount,
    String earned,
    String charged,
    String net,
    List<Month> months,
    List<Account> accounts) {

  public static final String DAY_COUNT = "ACT/365";

  public record Month(
      String month, String start, String end, String earned, String charged, String net) {}

  public record Account(
      String iban, String earned, String charged, String net, List<Month> months) {}
}
