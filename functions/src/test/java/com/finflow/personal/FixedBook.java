package com.finflow.personal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A book given whole, for valuation tests: what {@link PortfolioBook} reads, nothing more. */
record FixedBook(List<Account> accounts, List<AccountValue> values, List<Holding> holdings)
    implements PortfolioBook {

  @Override
  public List<Account> accounts(String userId) {
    return accounts.stream().filter(account -> account.userId().equals(userId)).toList();
  }

  @Override
  public Optional<AccountValue> valueOn(String userId, String accountId, LocalDate day) {
    return values.stream()
        .filter(value -> value.accountId().equals(accountId) && !value.date().isAfter(day))
        .filter(value -> accounts(userId).stream().anyMatch(a -> a.id().equals(accountId)))
        .max(Comparator.comparing(AccountValue::date));
  }

  @Override
  public List<Holding> holdings(String userId) {
    return holdings.stream().filter(holding -> holding.userId().equals(userId)).toList();
  }
}
