package com.finflow.personal;

import com.finflow.shared.failure.NotFound;

/** The caller has no institution with this id; whether another user has is not told. */
public final class NoSuchInstitution extends NotFound {

  public NoSuchInstitution() {
    super("no institution with this id");
  }
}
