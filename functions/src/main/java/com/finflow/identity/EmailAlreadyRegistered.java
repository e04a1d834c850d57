package com.finflow.identity;

import com.finflow.shared.failure.Conflict;

/** Another user already signs in with this email, in this or another organization. */
public final class EmailAlreadyRegistered extends Conflict {

  public EmailAlreadyRegistered() {
    super("a user with this email already exists");
  }
}
