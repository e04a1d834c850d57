package com.finflow.personal;

import com.finflow.shared.failure.NotFound;

/** The caller has no transaction with this id; whether another user has is not told. */
public final class NoSuchTransaction extends NotFound {

  public NoSuchTransaction() {
    super("no transaction with this id");
  }
}
