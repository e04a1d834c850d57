package com.finflow.identity.lambda;

import static com.finflow.identity.lambda.RegisterRequestTest.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.identity.RefreshToken;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import org.junit.jupiter.api.Test;

class RefreshTokenRequestTest {

  @Test
  void readsThePresentedToken() {
    assertThat(RefreshTokenRequest.parse(body("{\"refresh_token\":\"abc\"}")))
        .isEqualTo(new RefreshToken("abc"));
  }

  @Test
  void refusesAMissingToken() {
    InvalidInput invalid =
        catchThrowableOfType(InvalidInput.class, () -> RefreshTokenRequest.parse(body("{}")));

    assertThat(invalid.fieldErrors())
        .containsExactly(new FieldError("/refresh_token", "is required"));
  }

  @Test
  void refusesATokenLongerThanAnyIssuedOne() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                RefreshTokenRequest.parse(body("{\"refresh_token\":\"" + "a".repeat(129) + "\"}")));

    assertThat(invalid.fieldErrors())
        .containsExactly(new FieldError("/refresh_token", "must be at most 128 characters"));
  }
}
