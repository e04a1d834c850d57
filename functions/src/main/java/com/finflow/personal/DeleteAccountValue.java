package com.finflow.personal;

import com.finflow.shared.Caller;
import java.time.LocalDate;

/** Removes the value of one of the caller's accounts on one day. */
public final class DeleteAccountValue {

  private final AccountValues values;

  public DeleteAccountValue(AccountValues values) {
    this.values = values;
  }

  /**
   * {@link NoSuchAccountValue} when there is none (any more), or the account is not the caller's.
   */
  public void delete(Caller caller, String accountId, LocalDate date) {
    if (!values.remove(caller.userId(), accountId, date)) {
      throw new NoSuchAccountValue();
    }
  }
}
