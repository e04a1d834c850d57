package com.finflow.identity;

/**
 * Signs out: revokes the sign-in (token family) a refresh token belongs to. Access tokens already
 * issued stay valid until they expire, at most {@link AccessTokens#LIFETIME} later.
 */
public final class Logout {

  private final RefreshTokenStore refreshTokens;

  public Logout(RefreshTokenStore refreshTokens) {
    this.refreshTokens = refreshTokens;
  }

  /** An unknown token is already as good as signed out, so it is no failure. */
  public void logout(RefreshToken presented) {
    refreshTokens
        .find(presented.hash())
        .ifPresent(token -> refreshTokens.revokeFamily(token.familyId()));
  }
}
