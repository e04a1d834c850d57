package com.finflow.personal;

import com.finflow.shared.Caller;

/** One of the caller's accounts with its current balance; anyone else's is not found. */
public final class GetPersonalAccount {

  private final Accounts accounts;
  private final AccountValues values;

  public GetPersonalAccount(Accounts accounts, AccountValues values) {
    this.accounts = accounts;
    this.values = values;
  }

  public AccountView get(Caller caller, String id) {
    Account account = accounts.account(caller.userId(), id).orElseThrow(NoSuchAccount::new);
    return AccountView.of(account, values.newest(caller.userId(), id));
  }
}
