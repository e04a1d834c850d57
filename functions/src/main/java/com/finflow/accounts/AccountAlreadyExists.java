package com.finflow.accounts;

import com.finflow.shared.failure.Conflict;

/** An account with this IBAN is already registered, by this or another organization. */
public final class AccountAlreadyExists extends Conflict {

  public AccountAlreadyExists() {
    super("an account with this IBAN is already registered");
  }
}
