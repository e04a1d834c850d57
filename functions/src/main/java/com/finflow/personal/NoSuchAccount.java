package com.finflow.personal;

import com.finflow.shared.failure.NotFound;

/** The caller has no account with this id; whether another user has is not told. */
public final class NoSuchAccount extends NotFound {

  public NoSuchAccount() {
    super("no account with this id");
  }
}
