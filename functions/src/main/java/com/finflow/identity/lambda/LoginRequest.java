package com.finflow.identity.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.identity.LoginCommand;
import com.finflow.identity.PasswordPolicy;
import com.finflow.shared.http.BodyFields;

/**
 * Reads {@code POST /auth/login}'s body {@code {email, password}}. Only presence and size are
 * checked here: a malformed email must fail sign-in exactly like a wrong password.
 */
final class LoginRequest {

  static final int MAX_EMAIL_LENGTH = 254;
  // Longer than any acceptable password, so that sign-in refuses a wrong one as wrong, not as too
  // long.
  static final int MAX_PASSWORD_LENGTH = 4 * PasswordPolicy.MAX_LENGTH;

  private LoginRequest() {}

  /**
   * The command for a sign-in from {@code sourceAddress}; an {@code InvalidInput} naming every
   * invalid field.
   */
  static LoginCommand parse(JsonNode body, String sourceAddress) {
    BodyFields fields = new BodyFields(body);
    String email = fields.text("email", MAX_EMAIL_LENGTH);
    String password = fields.text("password", MAX_PASSWORD_LENGTH);
    fields.throwIfInvalid();
    return new LoginCommand(email, password, sourceAddress);
  }
}
