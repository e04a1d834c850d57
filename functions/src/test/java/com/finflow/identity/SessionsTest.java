package com.finflow.identity;

import com.finflow.shared.MutableClock;
import com.finflow.shared.http.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SessionsTest {

  private static final String PASSWORD = "correct horse battery";
  private static final String ADDRESS = "203.0.113.10";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private final InMemoryUserDirectory directory = new InMemoryUserDirectory();
  private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
  private final AccessTokens accessTokens = new AccessTokens(new InMemoryTokenSigner("k"), "finflow", "finflow-api", Clock.systemUTC());
  private final Sessions sessions = new Sessions(directory, refreshTokens, new InMemoryLoginAttempts(), accessTokens,
      LoginLimits.DEFAULT, clock);

  @BeforeEach
  void janeIsRegistered() {
    Organization acme = new Organization("org-1", "Acme", clock.instant());
    User jane = new User("user-1", "org-1", new Email("jane@example.com"), Role.ADMIN, clock.instant());
    directory.registerOrganization(acme, jane, PasswordHash.of(PASSWORD));
  }

  @Test
  void signsInWithABearerPairForTheRightPassword() {
    TokenPair pair = sessions.login("Jane@Example.com", PASSWORD, ADDRESS);

    assertThat(pair.tokenType()).isEqualTo("Bearer");
    assertThat(pair.expiresIn()).isEqualTo(900);
    assertThat(accessTokens.verify(pair.accessToken()).userId()).isEqualTo("user-1");
    assertThat(refreshTokens.tokens).containsKey(new RefreshToken(pair.refreshToken()).hash());
  }

  @Test
  void answersAWrongPasswordAndAnUnknownEmailAlike() {
    Rejection wrongPassword = catchThrowableOfType(Rejection.class,
        () -> sessions.login("jane@example.com", "not the password", ADDRESS));
    Rejection unknownEmail = catchThrowableOfType(Rejection.class,
        () -> sessions.login("nobody@example.com", "not the password", ADDRESS));

    assertThat(wrongPassword.kind()).isEqualTo(Rejection.Kind.UNAUTHENTICATED);
    assertThat(unknownEmail.kind()).isEqualTo(wrongPassword.kind());
    assertThat(unknownEmail.getMessage()).isEqualTo(wrongPassword.getMessage());
  }

  @Test
  void refusesTheSixthAttemptAfterFiveFailuresEvenWithTheRightPassword() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      clock.advance(Duration.ofMinutes(1));
      assertThatThrownBy(() -> sessions.login("jane@example.com", "wrong password!", "198.51.100." + 1))
          .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.UNAUTHENTICATED));
    }

    Rejection sixth = catchThrowableOfType(Rejection.class, () -> sessions.login("jane@example.com", PASSWORD, ADDRESS));

    assertThat(sixth.kind()).isEqualTo(Rejection.Kind.RATE_LIMITED);
    // The first failure was 4 minutes ago, so the 15-minute window reopens in 11 minutes.
    assertThat((Long) sixth.facts().get("retry_after")).isBetween(660L, 661L);
  }

  @Test
  void letsTheAccountSignInAgainOnceTheWindowHasPassed() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThatThrownBy(() -> sessions.login("jane@example.com", "wrong password!", ADDRESS));
    }
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));

    assertThat(sessions.login("jane@example.com", PASSWORD, ADDRESS).accessToken()).isNotBlank();
  }

  @Test
  void limitsFailuresFromOneSourceAddressAcrossAccounts() {
    for (int attempt = 1; attempt <= LoginLimits.DEFAULT.perSourceAddress(); attempt++) {
      String email = "user" + attempt + "@example.com";
      assertThatThrownBy(() -> sessions.login(email, "wrong password!", ADDRESS))
          .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.UNAUTHENTICATED));
    }

    assertThatThrownBy(() -> sessions.login("jane@example.com", PASSWORD, ADDRESS))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.RATE_LIMITED));
    assertThat(sessions.login("jane@example.com", PASSWORD, "198.51.100.7").accessToken()).isNotBlank();
  }

  @Test
  void rotatesTheRefreshTokenAtEveryUse() {
    TokenPair first = sessions.login("jane@example.com", PASSWORD, ADDRESS);

    TokenPair second = sessions.refresh(first.refreshToken());

    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(accessTokens.verify(second.accessToken()).organizationId()).isEqualTo("org-1");
    assertThat(sessions.refresh(second.refreshToken()).refreshToken()).isNotBlank();
  }

  @Test
  void reusingARotatedRefreshTokenRevokesTheWholeFamily() {
    TokenPair first = sessions.login("jane@example.com", PASSWORD, ADDRESS);
    TokenPair second = sessions.refresh(first.refreshToken());

    assertUnauthenticated(() -> sessions.refresh(first.refreshToken()));

    assertUnauthenticated(() -> sessions.refresh(second.refreshToken()));
    TokenPair otherLogin = sessions.login("jane@example.com", PASSWORD, ADDRESS);
    assertThat(sessions.refresh(otherLogin.refreshToken()).refreshToken()).isNotBlank();
  }

  @Test
  void signingOutRevokesTheRefreshToken() {
    TokenPair pair = sessions.login("jane@example.com", PASSWORD, ADDRESS);

    sessions.logout(pair.refreshToken());

    assertUnauthenticated(() -> sessions.refresh(pair.refreshToken()));
  }

  @Test
  void refusesAnExpiredRefreshToken() {
    TokenPair pair = sessions.login("jane@example.com", PASSWORD, ADDRESS);
    clock.advance(Sessions.REFRESH_LIFETIME.plusSeconds(1));

    assertUnauthenticated(() -> sessions.refresh(pair.refreshToken()));
  }

  @Test
  void refusesAnUnknownRefreshToken() {
    assertUnauthenticated(() -> sessions.refresh(RefreshToken.random().value()));
  }

  private static void assertUnauthenticated(Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.UNAUTHENTICATED));
  }
}
