package com.finflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.MutableClock;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RefreshTest {

  private static final String PASSWORD = "correct horse battery";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private final InMemoryUserDirectory directory = new InMemoryUserDirectory();
  private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
  private final AccessTokens accessTokens =
      new AccessTokens(new InMemoryTokenSigner("k"), "finflow", "finflow-api", Clock.systemUTC());
  private final Login login =
      new Login(
          directory,
          refreshTokens,
          new InMemoryLoginAttempts(),
          accessTokens,
          LoginLimits.DEFAULT,
          clock);
  private final Refresh refresh = new Refresh(refreshTokens, directory, accessTokens, clock);

  @BeforeEach
  void janeIsRegistered() {
    Organization acme = new Organization("org-1", "Acme", clock.instant());
    User jane =
        new User("user-1", "org-1", new Email("jane@example.com"), Role.ADMIN, clock.instant());
    directory.registerOrganization(acme, jane, PasswordHash.of(PASSWORD));
  }

  @Test
  void rotatesTheRefreshTokenAtEveryUse() {
    TokenPair first = signIn();

    TokenPair second = refresh(first);

    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(accessTokens.verify(second.accessToken()).organizationId()).isEqualTo("org-1");
    assertThat(refresh(second).refreshToken()).isNotBlank();
  }

  @Test
  void reusingARotatedRefreshTokenRevokesTheWholeFamily() {
    TokenPair first = signIn();
    TokenPair second = refresh(first);

    assertInvalid(first);

    assertInvalid(second);
    TokenPair otherLogin = signIn();
    assertThat(refresh(otherLogin).refreshToken()).isNotBlank();
  }

  @Test
  void refusesAnExpiredRefreshToken() {
    TokenPair pair = signIn();
    clock.advance(RefreshToken.LIFETIME.plusSeconds(1));

    assertInvalid(pair);
  }

  @Test
  void refusesAnUnknownRefreshToken() {
    assertThatThrownBy(() -> refresh.refresh(RefreshToken.random()))
        .isInstanceOf(InvalidRefreshToken.class)
        .hasMessage("the refresh token is invalid, expired or revoked");
  }

  private TokenPair signIn() {
    return login.login(new LoginCommand("jane@example.com", PASSWORD, "203.0.113.10"));
  }

  private TokenPair refresh(TokenPair pair) {
    return refresh.refresh(new RefreshToken(pair.refreshToken()));
  }

  private void assertInvalid(TokenPair pair) {
    assertThatThrownBy(() -> refresh(pair)).isInstanceOf(InvalidRefreshToken.class);
  }
}
