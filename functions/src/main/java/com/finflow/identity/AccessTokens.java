package com.finflow.identity;

import com.finflow.shared.Caller;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

/**
 * Short-lived access tokens: ES256-signed JWTs of type {@code at+jwt} (RFC 9068), verified as RFC
 * 8725 asks: one allowed algorithm, an explicit type, and required {@code iss}, {@code aud}, {@code
 * exp}, {@code nbf} and {@code iat}.
 */
public final class AccessTokens {

  public static final Duration LIFETIME = Duration.ofMinutes(15);
  static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");

  private final TokenSigner signer;
  private final String issuer;
  private final String audience;
  private final Clock clock;
  private final DefaultJWTProcessor<SecurityContext> processor;

  public AccessTokens(TokenSigner signer, String issuer, String audience, Clock clock) {
    this.signer = signer;
    this.issuer = issuer;
    this.audience = audience;
    this.clock = clock;
    this.processor = processorFor(signer, issuer, audience);
  }

  /** A signed token for the user, valid for {@link #LIFETIME}. */
  public String issue(User user) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(audience)
            .subject(user.id())
            .claim("org", user.organizationId())
            .claim("role", user.role().wireName())
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE).keyID(signer.keyId()).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new SignerAdapter(signer));
    } catch (JOSEException e) {
      throw new IllegalStateException("signing the access token failed", e);
    }
    return jwt.serialize();
  }

  /**
   * The caller the token speaks for; {@link InvalidAccessToken} for any defect: signature, type,
   * claims, time.
   */
  public Caller verify(String token) {
    Caller caller;
    try {
      JWTClaimsSet claims = processor.process(token, null);
      caller =
          new Caller(
              claims.getSubject(), claims.getStringClaim("org"), claims.getStringClaim("role"));
    } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
      throw new InvalidAccessToken();
    }
    if (Role.fromWireName(caller.role()).isEmpty()) {
      throw new InvalidAccessToken();
    }
    return caller;
  }

  private static DefaultJWTProcessor<SecurityContext> processorFor(
      TokenSigner signer, String issuer, String audience) {
    ECKey verificationKey =
        new ECKey.Builder(Curve.P_256, signer.publicKey())
            .keyID(signer.keyId())
            .keyUse(KeyUse.SIGNATURE)
            .algorithm(JWSAlgorithm.ES256)
            .build();
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(TYPE));
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            JWSAlgorithm.ES256, new ImmutableJWKSet<>(new JWKSet(verificationKey))));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("sub", "org", "role", "iat", "nbf", "exp", "jti")));
    return processor;
  }

  /** Lets nimbus sign through the port; KMS answers DER, JWS wants the fixed-length R||S form. */
  private record SignerAdapter(TokenSigner signer) implements JWSSigner {

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
      byte[] concatenated = ECDSA.transcodeSignatureToConcat(signer.signDer(signingInput), 64);
      return Base64URL.encode(concatenated);
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
      return Set.of(JWSAlgorithm.ES256);
    }

    @Override
    public JCAContext getJCAContext() {
      return new JCAContext();
    }
  }
}
