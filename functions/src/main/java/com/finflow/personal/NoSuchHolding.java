package com.finflow.personal;

import com.finflow.shared.failure.NotFound;

/** The caller has no holding with this id; whether another user has is not told. */
public final class NoSuchHolding extends NotFound {

  public NoSuchHolding() {
    super("no holding with this id");
  }
}
