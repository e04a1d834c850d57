package com.finflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.Caller;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

  private static final InMemoryTokenSigner KEY = new InMemoryTokenSigner("key-1");
  private static final User JANE =
      new User("user-1", "org-1", new Email("jane@example.com"), Role.MEMBER, Instant.now());
  private final AccessTokens tokens =
      new AccessTokens(KEY, "finflow", "finflow-api", Clock.systemUTC());

  @Test
  void acceptsATokenItIssuedAndNamesTheCaller() {
    Caller caller = tokens.verify(tokens.issue(JANE));

    assertThat(caller).isEqualTo(new Caller("user-1", "org-1", "member"));
  }

  @Test
  void issuesShortLivedEs256TokensOfTypeAtJwtWithKid() throws Exception {
    SignedJWT jwt = SignedJWT.parse(tokens.issue(JANE));

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
    assertThat(jwt.getHeader().getKeyID()).isEqualTo("key-1");
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    Duration lifetime =
        Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
    assertThat(lifetime).isLessThanOrEqualTo(Duration.ofMinutes(15));
    assertThat(claims.getAudience()).containsExactly("finflow-api");
  }

  @Test
  void rejectsAnEmptyToken() {
    assertUnauthenticated("");
  }

  @Test
  void rejectsAnExpiredToken() {
    AccessTokens earlier =
        new AccessTokens(
            KEY,
            "finflow",
            "finflow-api",
            Clock.fixed(Instant.now().minus(Duration.ofMinutes(20)), ZoneOffset.UTC));

    assertUnauthenticated(earlier.issue(JANE));
  }

  @Test
  void rejectsATokenNotYetValid() {
    AccessTokens later =
        new AccessTokens(
            KEY,
            "finflow",
            "finflow-api",
            Clock.fixed(Instant.now().plus(Duration.ofMinutes(10)), ZoneOffset.UTC));

    assertUnauthenticated(later.issue(JANE));
  }

  @Test
  void rejectsATokenWhoseClaimsWereTamperedWith() throws Exception {
    String[] parts = tokens.issue(JANE).split("\\.");
    String claims = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
    String forged = Base64URL.encode(claims.replace("\"member\"", "\"admin\"")).toString();

    assertThat(claims).contains("\"member\"");
    assertUnauthenticated(parts[0] + "." + forged + "." + parts[2]);
  }

  @Test
  void rejectsAnUnsignedAlgNoneToken() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(tokens.issue(JANE)).getJWTClaimsSet();

    assertUnauthenticated(new PlainJWT(claims).serialize());
  }

  @Test
  void rejectsAnHmacTokenKeyedWithThePublicKey() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(tokens.issue(JANE)).getJWTClaimsSet();
    SignedJWT confused =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(AccessTokens.TYPE)
                .keyID("key-1")
                .build(),
            claims);
    byte[] secret = Arrays.copyOf(KEY.publicKey().getEncoded(), 64);
    confused.sign(new MACSigner(secret));

    assertUnauthenticated(confused.serialize());
  }

  @Test
  void rejectsATokenForAnotherAudience() {
    AccessTokens otherAudience = new AccessTokens(KEY, "finflow", "another-api", Clock.systemUTC());

    assertUnauthenticated(otherAudience.issue(JANE));
  }

  @Test
  void rejectsATokenFromAnotherIssuer() {
    AccessTokens otherIssuer =
        new AccessTokens(KEY, "someone-else", "finflow-api", Clock.systemUTC());

    assertUnauthenticated(otherIssuer.issue(JANE));
  }

  @Test
  void rejectsATokenSignedByAnotherKeyWithTheSameKid() {
    AccessTokens impostor =
        new AccessTokens(
            new InMemoryTokenSigner("key-1"), "finflow", "finflow-api", Clock.systemUTC());

    assertUnauthenticated(impostor.issue(JANE));
  }

  @Test
  void rejectsAValidlySignedTokenOfAnotherType() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(tokens.issue(JANE)).getJWTClaimsSet();
    SignedJWT idToken =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(JOSEObjectType.JWT)
                .keyID("key-1")
                .build(),
            claims);
    idToken.sign(KEY.jwsSigner());

    assertUnauthenticated(idToken.serialize());
  }

  @Test
  void rejectsATokenWithoutAnExpiry() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(SignedJWT.parse(tokens.issue(JANE)).getJWTClaimsSet())
            .expirationTime(null)
            .notBeforeTime(new Date())
            .build();
    SignedJWT endless =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(AccessTokens.TYPE)
                .keyID("key-1")
                .build(),
            claims);
    endless.sign(KEY.jwsSigner());

    assertUnauthenticated(endless.serialize());
  }

  private void assertUnauthenticated(String token) {
    assertThatThrownBy(() -> tokens.verify(token))
        .isInstanceOf(InvalidAccessToken.class)
        .hasMessage("the access token is missing, invalid or expired");
  }
}
