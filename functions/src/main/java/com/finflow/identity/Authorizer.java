package com.finflow.identity;

import com.finflow.shared.Caller;

/** Decides who a request's bearer access token speaks for, before any protected route runs. */
public final class Authorizer {

  private final AccessTokens accessTokens;

  public Authorizer(AccessTokens accessTokens) {
    this.accessTokens = accessTokens;
  }

  /** The caller the token names; {@link InvalidAccessToken} for any defect in it. */
  public Caller authorize(String accessToken) {
    return accessTokens.verify(accessToken);
  }
}
