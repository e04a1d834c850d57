package com.finflow.identity;

import com.finflow.shared.failure.NotFound;

/** The user an access token names no longer exists in its organization. */
public final class UserNotFound extends NotFound {

  public UserNotFound() {
    super("the signed-in user no longer exists");
  }
}
