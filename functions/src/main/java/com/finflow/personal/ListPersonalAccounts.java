package com.finflow.personal;

import com.finflow.shared.Caller;
import java.util.Comparator;
import java.util.List;

/**
 * All of the caller's accounts (at most {@link CreatePersonalAccount#MAX_PER_USER}), by name
 * ignoring case, then by id, each with its current balance.
 */
public final class ListPersonalAccounts {

  static final Comparator<Account> BY_NAME =
      Comparator.comparing(Account::name, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(Account::name)
          .thenComparing(Account::id);

  private final Accounts accounts;
  private final AccountValues values;

  public ListPersonalAccounts(Accounts accounts, AccountValues values) {
    this.accounts = accounts;
    this.values = values;
  }

  public List<AccountView> list(Caller caller) {
    return accounts.accounts(caller.userId()).stream()
        .sorted(BY_NAME)
        .map(account -> AccountView.of(account, values.newest(caller.userId(), account.id())))
        .toList();
  }
}
