package com.finflow.identity.lambda;

import static com.finflow.identity.lambda.RegisterRequestTest.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.identity.LoginCommand;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import org.junit.jupiter.api.Test;

class LoginRequestTest {

  @Test
  void keepsAMalformedEmailSoThatItFailsLikeAWrongPassword() {
    LoginCommand command =
        LoginRequest.parse(body("{\"email\":\"not an email\",\"password\":\"x\"}"), "203.0.113.10");

    assertThat(command).isEqualTo(new LoginCommand("not an email", "x", "203.0.113.10"));
  }

  @Test
  void requiresBothFieldsAndReportsBoth() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () -> LoginRequest.parse(body("{\"password\":\"\"}"), "203.0.113.10"));

    assertThat(invalid.fieldErrors())
        .containsExactlyInAnyOrder(
            new FieldError("/email", "is required"),
            new FieldError("/password", "must not be blank"));
  }

  @Test
  void refusesAPasswordLongerThanAnyAcceptablePasswordCouldBe() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                LoginRequest.parse(
                    body(
                        "{\"email\":\"jane@example.com\",\"password\":\""
                            + "x".repeat(513)
                            + "\"}"),
                    "203.0.113.10"));

    assertThat(invalid.fieldErrors())
        .containsExactly(new FieldError("/password", "must be at most 512 characters"));
  }
}
