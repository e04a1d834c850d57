package com.finflow.personal;

import com.finflow.shared.Caller;
import java.time.LocalDate;

/** The value of one of the caller's accounts on one day. */
public final class GetAccountValue {

  private final Accounts accounts;
  private final AccountValues values;

  public GetAccountValue(Accounts accounts, AccountValues values) {
    this.accounts = accounts;
    this.values = values;
  }

  /**
   * {@link NoSuchAccount} when the account is not the caller's, else {@link NoSuchAccountValue}.
   */
  public AccountValueView get(Caller caller, String accountId, LocalDate date) {
    Account account = accounts.account(caller.userId(), accountId).orElseThrow(NoSuchAccount::new);
    return values
        .value(caller.userId(), accountId, date)
        .map(value -> AccountValueView.of(value, account.currency()))
        .orElseThrow(NoSuchAccountValue::new);
  }
}
