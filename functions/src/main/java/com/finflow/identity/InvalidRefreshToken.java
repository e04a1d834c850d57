package com.finflow.identity;

import com.finflow.shared.failure.Unauthenticated;

/** A refresh token that is unknown, expired, already exchanged or of a revoked sign-in. */
public final class InvalidRefreshToken extends Unauthenticated {

  public InvalidRefreshToken() {
    super("the refresh token is invalid, expired or revoked");
  }
}
