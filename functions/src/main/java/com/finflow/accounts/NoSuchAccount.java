package com.finflow.accounts;

import com.finflow.shared.failure.NotFound;

/** The caller's organization has no account with this IBAN; whether another one has is not told. */
public final class NoSuchAccount extends NotFound {

  public NoSuchAccount() {
    super("no account with this IBAN");
  }
}
