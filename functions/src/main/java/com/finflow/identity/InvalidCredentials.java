package com.finflow.identity;

import com.finflow.shared.failure.Unauthenticated;

/**
 * The email or the password is wrong; deliberately the same answer for an unknown email and a wrong
 * password.
 */
public final class InvalidCredentials extends Unauthenticated {

  public InvalidCredentials() {
    super("the email or the password is wrong");
  }
}
