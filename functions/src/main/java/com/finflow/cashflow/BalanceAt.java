package com.finflow.cashflow;

import java.util.List;

/** A company's balance with every transaction up to and including an instant. */
public record BalanceAt(
    String companyId, String at, String balance, List<AccountBalance> accounts) {}
