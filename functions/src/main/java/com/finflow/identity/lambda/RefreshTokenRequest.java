package com.finflow.identity.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.identity.RefreshToken;
import com.finflow.shared.http.BodyFields;

/**
 * Reads the body {@code {refresh_token}} that both {@code POST /auth/refresh} and {@code POST
 * /auth/logout} take.
 */
final class RefreshTokenRequest {

  static final int MAX_TOKEN_LENGTH = 128;

  private RefreshTokenRequest() {}

  /**
   * The presented token; an {@code InvalidInput} when it is missing, not a string, blank or too
   * long.
   */
  static RefreshToken parse(JsonNode body) {
    BodyFields fields = new BodyFields(body);
    String refreshToken = fields.text("refresh_token", MAX_TOKEN_LENGTH);
    fields.throwIfInvalid();
    return new RefreshToken(refreshToken);
  }
}
