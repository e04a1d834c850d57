package com.finflow.identity;

import com.finflow.shared.http.Rejection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in, token refresh and sign-out.
 *
 * <p>Every refresh rotates the refresh token; presenting one that was already exchanged means it was
 * copied, so the whole family (every token descended from that sign-in) is revoked.
 */
public final class Sessions {

  public static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

  // Unknown emails are checked against this hash too, so they cost as much time as a wrong password.
  private static final PasswordHash TIMING_DECOY = PasswordHash.of(UUID.randomUUID().toString());

  private final UserDirectory directory;
  private final RefreshTokenStore refreshTokens;
  private final LoginAttempts attempts;
  private final AccessTokens accessTokens;
  private final LoginLimits limits;
  private final Clock clock;

  public Sessions(UserDirectory directory, RefreshTokenStore refreshTokens, LoginAttempts attempts,
      AccessTokens accessTokens, LoginLimits limits, Clock clock) {
    this.directory = directory;
    this.refreshTokens = refreshTokens;
    this.attempts = attempts;
    this.accessTokens = accessTokens;
    this.limits = limits;
    this.clock = clock;
  }

  public TokenPair login(String emailText, String password, String sourceAddress) {
    Optional<Email> email = Email.parse(emailText);
    String accountKey = "account#" + RefreshToken.sha256Hex(email.map(Email::value).orElse(emailText));
    String sourceKey = "source#" + RefreshToken.sha256Hex(sourceAddress);
    Instant now = clock.instant();
    refuseWhenThrottled(accountKey, limits.perAccount(), now);
    refuseWhenThrottled(sourceKey, limits.perSourceAddress(), now);

    Optional<UserDirectory.Credentials> credentials = email.flatMap(directory::credentialsOf);
    boolean matches = credentials
        .map(found -> found.passwordHash().matches(password))
        .orElseGet(() -> {
          TIMING_DECOY.matches(password);
          return false;
        });
    if (!matches) {
      attempts.recordFailure(accountKey, now, limits.window());
      attempts.recordFailure(sourceKey, now, limits.window());
      throw new Rejection(Rejection.Kind.UNAUTHENTICATED, "the email or the password is wrong");
    }
    attempts.forget(accountKey);
    return startFamily(credentials.get().user(), now);
  }

  public TokenPair refresh(String presented) {
    StoredRefreshToken current = refreshTokens.find(new RefreshToken(presented).hash())
        .filter(token -> token.expiresAt().isAfter(clock.instant()))
        .orElseThrow(Sessions::invalidRefreshToken);
    if (current.used() || refreshTokens.isRevoked(current.familyId())) {
      refreshTokens.revokeFamily(current.familyId());
      throw invalidRefreshToken();
    }
    RefreshToken next = RefreshToken.random();
    StoredRefreshToken nextStored = new StoredRefreshToken(next.hash(), current.familyId(), current.userId(),
        current.organizationId(), current.role(), current.expiresAt(), false);
    if (!refreshTokens.rotate(current, nextStored)) {
      // Another request exchanged the same token first: one of the two holders is not the user.
      refreshTokens.revokeFamily(current.familyId());
      throw invalidRefreshToken();
    }
    User user = directory.findById(current.userId()).orElseThrow(Sessions::invalidRefreshToken);
    return TokenPair.bearer(accessTokens.issue(user), next);
  }

  /** Revokes the sign-in the token belongs to; an unknown token is already as good as signed out. */
  public void logout(String presented) {
    refreshTokens.find(new RefreshToken(presented).hash())
        .ifPresent(token -> refreshTokens.revokeFamily(token.familyId()));
  }

  private TokenPair startFamily(User user, Instant now) {
    RefreshToken refresh = RefreshToken.random();
    Instant expiresAt = now.plus(REFRESH_LIFETIME);
    refreshTokens.startFamily(new StoredRefreshToken(refresh.hash(), UUID.randomUUID().toString(), user.id(),
        user.organizationId(), user.role(), expiresAt, false), expiresAt);
    return TokenPair.bearer(accessTokens.issue(user), refresh);
  }

  private void refuseWhenThrottled(String key, int limit, Instant now) {
    List<Instant> failures = attempts.failuresSince(key, now.minus(limits.window()));
    if (failures.size() >= limit) {
      Instant retryAt = failures.get(failures.size() - limit).plus(limits.window());
      long seconds = Math.max(1, Duration.between(now, retryAt).toSeconds() + 1);
      throw new Rejection(Rejection.Kind.RATE_LIMITED, "too many failed sign-ins; try again later",
          List.of(), Map.of("retry_after", seconds));
    }
  }

  private static Rejection invalidRefreshToken() {
    return new Rejection(Rejection.Kind.UNAUTHENTICATED, "the refresh token is invalid, expired or revoked");
  }
}
