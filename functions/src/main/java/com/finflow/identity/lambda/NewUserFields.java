package com.finflow.identity.lambda;

import com.finflow.identity.Email;
import com.finflow.identity.PasswordPolicy;
import com.finflow.shared.http.BodyFields;
import java.util.Optional;

/**
 * The {@code email} and {@code password} of a user about to be created, as read from a request
 * body.
 */
record NewUserFields(Optional<Email> email, String password) {

  static final int MAX_EMAIL_LENGTH = 254;

  /** Reads both fields, recording every problem into {@code fields}. */
  static NewUserFields read(BodyFields fields, PasswordPolicy policy) {
    String emailText = fields.text("email", MAX_EMAIL_LENGTH);
    Optional<Email> email = emailText.isEmpty() ? Optional.empty() : Email.parse(emailText);
    if (!emailText.isEmpty() && email.isEmpty()) {
      fields.reject("email", Email.refusalOf(emailText).orElseThrow());
    }
    String password = fields.text("password", 4 * PasswordPolicy.MAX_LENGTH);
    if (!password.isEmpty()) {
      policy.refusalOf(password, email).ifPresent(reason -> fields.reject("password", reason));
    }
    return new NewUserFields(email, password);
  }

  @Override
  public String toString() {
    return "NewUserFields[redacted]";
  }
}
