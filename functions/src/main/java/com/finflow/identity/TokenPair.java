package com.finflow.identity;

/** What a successful sign-in or refresh answers (RFC 6749 section 5.1). */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {

  static TokenPair bearer(String accessToken, RefreshToken refreshToken) {
    return new TokenPair(
        accessToken, refreshToken.value(), "Bearer", AccessTokens.LIFETIME.toSeconds());
  }

  @Override
  public String toString() {
    return "TokenPair[redacted]";
  }
}
