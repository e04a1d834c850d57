package com.finflow.identity;

import com.finflow.shared.http.BodyFields;

import java.util.Optional;

/** The validated credentials of a user about to be created. */
record NewUser(Email email, String password) {

  /** Reads {@code email} and {@code password}, recording every problem into {@code fields}. */
  static NewUser read(BodyFields fields, PasswordPolicy policy) {
    String emailText = fields.text("email", 254);
    Email email = emailText.isEmpty() ? null : Email.parse(emailText).orElse(null);
    if (!emailText.isEmpty() && email == null) {
      fields.reject("email", "is not an email address");
    }
    String password = fields.text("password", 4 * PasswordPolicy.MAX_LENGTH);
    if (!password.isEmpty()) {
      policy.refusalOf(password, Optional.ofNullable(email)).ifPresent(reason -> fields.reject("password", reason));
    }
    return new NewUser(email, password);
  }
}
