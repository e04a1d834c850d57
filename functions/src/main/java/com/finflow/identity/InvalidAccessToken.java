package com.finflow.identity;

import com.finflow.shared.failure.Unauthenticated;

/** An access token with any defect: signature, type, algorithm, claims or time. */
public final class InvalidAccessToken extends Unauthenticated {

  public InvalidAccessToken() {
    super("the access token is missing, invalid or expired");
  }
}
