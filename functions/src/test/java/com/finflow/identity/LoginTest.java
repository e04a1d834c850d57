package com.finflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginTest {

  private static final String PASSWORD = "correct horse battery";
  private static final String ADDRESS = "203.0.113.10";

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

  @BeforeEach
  void janeIsRegistered() {
    Organization acme = new Organization("org-1", "Acme", clock.instant());
    User jane =
        new User("user-1", "org-1", new Email("jane@example.com"), Role.ADMIN, clock.instant());
    directory.registerOrganization(acme, jane, PasswordHash.of(PASSWORD));
  }

  @Test
  void signsInWithABearerPairForTheRightPassword() {
    TokenPair pair = login("Jane@Example.com", PASSWORD, ADDRESS);

    assertThat(pair.tokenType()).isEqualTo("Bearer");
    assertThat(pair.expiresIn()).isEqualTo(900);
    assertThat(accessTokens.verify(pair.accessToken()).userId()).isEqualTo("user-1");
    assertThat(refreshTokens.tokens()).containsKey(new RefreshToken(pair.refreshToken()).hash());
  }

  @Test
  void findsTheUserUnderAnyCaseOrCompatibilityFormOfTheRegisteredEmail() {
    for (String spelling :
        new String[] {"JANE@EXAMPLE.COM", "ｊａｎｅ@example.com", "ＪＡＮＥ＠ＥＸＡＭＰＬＥ．ＣＯＭ"}) {
      assertThat(accessTokens.verify(login(spelling, PASSWORD, ADDRESS).accessToken()).userId())
          .isEqualTo("user-1");
    }
  }

  @Test
  void stillSignsInAUserStoredUnderAnEmailSpelledBeforeCompatibilityFormsWereFolded() {
    Organization globex = new Organization("org-2", "Globex", clock.instant());
    User ann =
        new User("user-2", "org-2", new Email("ａｎｎ@example.com"), Role.ADMIN, clock.instant());
    directory.registerOrganization(globex, ann, PasswordHash.of(PASSWORD));

    TokenPair pair = login("ＡＮＮ@example.com", PASSWORD, ADDRESS);

    assertThat(accessTokens.verify(pair.accessToken()).userId()).isEqualTo("user-2");
  }

  @Test
  void stillSignsInAUserRegisteredWithAMixedScriptEmailBeforeSuchEmailsWereRefused() {
    Organization globex = new Organization("org-2", "Globex", clock.instant());
    User legacy =
        new User("user-2", "org-2", new Email("jаck@example.com"), Role.ADMIN, clock.instant());
    directory.registerOrganization(globex, legacy, PasswordHash.of(PASSWORD));

    assertThat(
            accessTokens
                .verify(login("JАck@example.com", PASSWORD, ADDRESS).accessToken())
                .userId())
        .isEqualTo("user-2");
  }

  @Test
  void answersAMixedScriptTwinOfARegisteredEmailAsUnknown() {
    assertThatThrownBy(() -> login("jаne@example.com", PASSWORD, ADDRESS))
        .isInstanceOf(InvalidCredentials.class);
  }

  @Test
  void startsANewFamilyThatLastsThirtyDays() {
    TokenPair pair = login("jane@example.com", PASSWORD, ADDRESS);

    StoredRefreshToken first =
        refreshTokens.tokens().get(new RefreshToken(pair.refreshToken()).hash());
    assertThat(first.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
    assertThat(first.used()).isFalse();
    assertThat(refreshTokens.isRevoked(first.familyId())).isFalse();
  }

  @Test
  void answersAWrongPasswordAnUnknownEmailAndAMalformedEmailAlike() {
    InvalidCredentials wrongPassword =
        catchThrowableOfType(
            InvalidCredentials.class, () -> login("jane@example.com", "not the password", ADDRESS));
    InvalidCredentials unknownEmail =
        catchThrowableOfType(
            InvalidCredentials.class,
            () -> login("nobody@example.com", "not the password", ADDRESS));
    InvalidCredentials malformedEmail =
        catchThrowableOfType(
            InvalidCredentials.class, () -> login("not an email", "not the password", ADDRESS));

    assertThat(wrongPassword.getMessage()).isEqualTo("the email or the password is wrong");
    assertThat(unknownEmail.getMessage()).isEqualTo(wrongPassword.getMessage());
    assertThat(malformedEmail.getMessage()).isEqualTo(wrongPassword.getMessage());
  }

  @Test
  void refusesTheSixthAttemptAfterFiveFailuresEvenWithTheRightPassword() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      clock.advance(Duration.ofMinutes(1));
      assertThatThrownBy(() -> login("jane@example.com", "wrong password!", "198.51.100." + 1))
          .isInstanceOf(InvalidCredentials.class);
    }

    TooManyLoginAttempts sixth =
        catchThrowableOfType(
            TooManyLoginAttempts.class, () -> login("jane@example.com", PASSWORD, ADDRESS));

    // The first failure was 4 minutes ago, so the 15-minute window reopens in 11 minutes.
    assertThat(sixth.retryAfter().toSeconds()).isBetween(660L, 661L);
    assertThat((Long) sixth.facts().get("retry_after")).isEqualTo(sixth.retryAfter().toSeconds());
    assertThat(sixth.getMessage()).isEqualTo("too many failed sign-ins; try again later");
  }

  @Test
  void countsFailuresUnderEverySpellingOfAnEmailAgainstOneAccount() {
    List<String> spellings =
        List.of(
            "jane@example.com",
            "JANE@example.com",
            "ｊａｎｅ@example.com",
            "ＪＡＮＥ＠ＥＸＡＭＰＬＥ．ＣＯＭ",
            " Jane@Example.com ");
    for (int attempt = 0; attempt < 5; attempt++) {
      String spelling = spellings.get(attempt);
      assertThatThrownBy(
              () -> login(spelling, "wrong password!", "198.51.100." + spelling.length()))
          .isInstanceOf(InvalidCredentials.class);
    }

    assertThatThrownBy(() -> login("jane@example.com", PASSWORD, ADDRESS))
        .isInstanceOf(TooManyLoginAttempts.class);
  }

  @Test
  void letsTheAccountSignInAgainOnceTheWindowHasPassed() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThatThrownBy(() -> login("jane@example.com", "wrong password!", ADDRESS));
    }
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));

    assertThat(login("jane@example.com", PASSWORD, ADDRESS).accessToken()).isNotBlank();
  }

  @Test
  void limitsFailuresFromOneSourceAddressAcrossAccounts() {
    for (int attempt = 1; attempt <= LoginLimits.DEFAULT.perSourceAddress(); attempt++) {
      String email = "user" + attempt + "@example.com";
      assertThatThrownBy(() -> login(email, "wrong password!", ADDRESS))
          .isInstanceOf(InvalidCredentials.class);
    }

    assertThatThrownBy(() -> login("jane@example.com", PASSWORD, ADDRESS))
        .isInstanceOf(TooManyLoginAttempts.class);
    assertThat(login("jane@example.com", PASSWORD, "198.51.100.7").accessToken()).isNotBlank();
  }

  private TokenPair login(String email, String password, String sourceAddress) {
    return login.login(new LoginCommand(email, password, sourceAddress));
  }
}
