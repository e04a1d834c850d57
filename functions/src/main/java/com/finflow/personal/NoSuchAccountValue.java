package com.finflow.personal;

import com.finflow.shared.failure.NotFound;

/** The caller's account has no value on this day, or the caller has no such account. */
public final class NoSuchAccountValue extends NotFound {

  public NoSuchAccountValue() {
    super("no value of this account on this day");
  }
}
