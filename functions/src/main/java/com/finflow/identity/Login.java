package com.finflow.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs in with an email and a password: a short-lived access token and the first refresh token of
 * a new family. Failures are counted per account and per source address, and past {@link
 * LoginLimits} sign-in is refused for a while, even with the right password.
 */
public final class Login {

  // Unknown emails are checked against this hash too, so they cost as much time as a wrong
  // password.
  private static final PasswordHash TIMING_DECOY = PasswordHash.of(UUID.randomUUID().toString());

  private final CredentialStore credentials;
  private final TokenFamilies families;
  private final LoginAttempts attempts;
  private final AccessTokens accessTokens;
  private final LoginLimits limits;
  private final Clock clock;

  public Login(
      CredentialStore credentials,
      TokenFamilies families,
      LoginAttempts attempts,
      AccessTokens accessTokens,
      LoginLimits limits,
      Clock clock) {
    this.credentials = credentials;
    this.families = families;
    this.attempts = attempts;
    this.accessTokens = accessTokens;
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * A token pair; {@link TooManyLoginAttempts} past the limits, {@link InvalidCredentials}
   * otherwise.
   */
  public TokenPair login(LoginCommand command) {
    Optional<Email> email = Email.parse(command.email());
    Optional<Email> legacySpelling = Email.legacySpelling(command.email());
    // One account, one counter, however its email is spelled: never the raw text while a folded
    // form exists.
    String accountKey =
        "account#"
            + RefreshToken.sha256Hex(
                email.or(() -> legacySpelling).map(Email::value).orElse(command.email()));
    String sourceKey = "source#" + RefreshToken.sha256Hex(command.sourceAddress());
    Instant now = clock.instant();
    refuseWhenThrottled(accountKey, limits.perAccount(), now);
    refuseWhenThrottled(sourceKey, limits.perSourceAddress(), now);

    Optional<Credentials> found =
        email
            .flatMap(credentials::credentialsOf)
            .or(() -> legacySpelling.flatMap(credentials::credentialsOf));
    boolean matches =
        found
            .map(known -> known.passwordHash().matches(command.password()))
            .orElseGet(
                () -> {
                  TIMING_DECOY.matches(command.password());
                  return false;
                });
    if (!matches) {
      attempts.recordFailure(accountKey, now, limits.window());
      attempts.recordFailure(sourceKey, now, limits.window());
      throw new InvalidCredentials();
    }
    attempts.forget(accountKey);
    return startFamily(found.get().user(), now);
  }

  private TokenPair startFamily(User user, Instant now) {
    RefreshToken refresh = RefreshToken.random();
    Instant expiresAt = now.plus(RefreshToken.LIFETIME);
    families.start(
        new StoredRefreshToken(
            refresh.hash(),
            UUID.randomUUID().toString(),
            user.id(),
            user.organizationId(),
            user.role(),
            expiresAt,
            false),
        expiresAt);
    return TokenPair.bearer(accessTokens.issue(user), refresh);
  }

  private void refuseWhenThrottled(String key, int limit, Instant now) {
    List<Instant> failures = attempts.failuresSince(key, now.minus(limits.window()));
    if (failures.size() >= limit) {
      Instant retryAt = failures.get(failures.size() - limit).plus(limits.window());
      long seconds = Math.max(1, Duration.between(now, retryAt).toSeconds() + 1);
      throw new TooManyLoginAttempts(Duration.ofSeconds(seconds));
    }
  }
}
