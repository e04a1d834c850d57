package com.finflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogoutTest {

  private final Instant now = Instant.parse("2026-11-23T09:00:00Z");
  private final InMemoryUserDirectory directory = new InMemoryUserDirectory();
  private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
  private final Logout logout = new Logout(refreshTokens);

  @Test
  void signingOutRevokesTheRefreshTokensFamily() {
    RefreshToken presented = RefreshToken.random();
    refreshTokens.start(
        new StoredRefreshToken(
            presented.hash(),
            "family-1",
            "user-1",
            "org-1",
            Role.ADMIN,
            now.plus(RefreshToken.LIFETIME),
            false),
        now.plus(RefreshToken.LIFETIME));

    logout.logout(presented);

    assertThat(refreshTokens.revokedFamilies()).containsExactly("family-1");
  }

  @Test
  void aRefreshTokenOfASignedOutFamilyNoLongerRefreshes() {
    User jane = new User("user-1", "org-1", new Email("jane@example.com"), Role.ADMIN, now);
    directory.registerOrganization(
        new Organization("org-1", "Acme", now), jane, PasswordHash.of("correct horse battery"));
    AccessTokens accessTokens =
        new AccessTokens(new InMemoryTokenSigner("k"), "finflow", "finflow-api", Clock.systemUTC());
    TokenPair pair =
        new Login(
                directory,
                refreshTokens,
                new InMemoryLoginAttempts(),
                accessTokens,
                LoginLimits.DEFAULT,
                Clock.systemUTC())
            .login(new LoginCommand("jane@example.com", "correct horse battery", "203.0.113.10"));

    logout.logout(new RefreshToken(pair.refreshToken()));

    assertThatThrownBy(
            () ->
                new Refresh(refreshTokens, directory, accessTokens, Clock.systemUTC())
                    .refresh(new RefreshToken(pair.refreshToken())))
        .isInstanceOf(InvalidRefreshToken.class);
  }

  @Test
  void signingOutWithAnUnknownTokenRevokesNothingAndSucceeds() {
    logout.logout(RefreshToken.random());

    assertThat(refreshTokens.revokedFamilies()).isEmpty();
  }
}
