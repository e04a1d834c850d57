package com.finflow.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An opaque refresh token: 256 random bits handed to the client once. Finflow keeps only its
 * SHA-256, which is enough to recognise it and useless to a thief of the database.
 */
public record RefreshToken(String value) {

  /** How long a sign-in lasts: every token of its family expires this long after the sign-in. */
  public static final Duration LIFETIME = Duration.ofDays(30);

  private static final SecureRandom RANDOM = new SecureRandom();

  public static RefreshToken random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new RefreshToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public String hash() {
    return sha256Hex(value);
  }

  static String sha256Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "RefreshToken[redacted]";
  }
}
