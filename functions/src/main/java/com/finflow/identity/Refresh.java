package com.finflow.identity;

import java.time.Clock;

/**
 * Exchanges a refresh token for a new pair; the presented token is spent.
 *
 * <p>Presenting a token that was already exchanged means it was copied, so the whole family (every
 * token descended from that sign-in) is revoked.
 */
public final class Refresh {

  private final RefreshTokenStore refreshTokens;
  private final UserDirectory directory;
  private final AccessTokens accessTokens;
  private final Clock clock;

  public Refresh(
      RefreshTokenStore refreshTokens,
      UserDirectory directory,
      AccessTokens accessTokens,
      Clock clock) {
    this.refreshTokens = refreshTokens;
    this.directory = directory;
    this.accessTokens = accessTokens;
    this.clock = clock;
  }

  /**
   * A new access token and the next refresh token of the family; {@link InvalidRefreshToken}
   * otherwise.
   */
  public TokenPair refresh(RefreshToken presented) {
    StoredRefreshToken current =
        refreshTokens
            .find(presented.hash())
            .filter(token -> token.expiresAt().isAfter(clock.instant()))
            .orElseThrow(InvalidRefreshToken::new);
    if (current.used() || refreshTokens.isRevoked(current.familyId())) {
      refreshTokens.revokeFamily(current.familyId());
      throw new InvalidRefreshToken();
    }
    RefreshToken next = RefreshToken.random();
    StoredRefreshToken nextStored =
        new StoredRefreshToken(
            next.hash(),
            current.familyId(),
            current.userId(),
            current.organizationId(),
            current.role(),
            current.expiresAt(),
            false);
    if (!refreshTokens.rotate(current, nextStored)) {
      // Another request exchanged the same token first: one of the two holders is not the user.
      refreshTokens.revokeFamily(current.familyId());
      throw new InvalidRefreshToken();
    }
    User user = directory.findById(current.userId()).orElseThrow(InvalidRefreshToken::new);
    return TokenPair.bearer(accessTokens.issue(user), next);
  }
}
