package com.finflow.identity.lambda;

import static com.finflow.identity.lambda.RegisterRequestTest.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.identity.AddMemberCommand;
import com.finflow.identity.Email;
import com.finflow.identity.PasswordPolicy;
import com.finflow.identity.Role;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import org.junit.jupiter.api.Test;

class AddMemberRequestTest {

  private final AddMemberRequest request = new AddMemberRequest(new PasswordPolicy());

  @Test
  void readsTheEmailThePasswordAndTheRole() {
    AddMemberCommand command =
        request.parse(
            body(
                "{\"email\":\"Joe@Example.com\",\"password\":\"another long secret\",\"role\":\"admin\"}"));

    assertThat(command.email()).isEqualTo(new Email("joe@example.com"));
    assertThat(command.role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void reportsAnUnknownRoleWithTheOtherInvalidFields() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                request.parse(
                    body(
                        "{\"email\":\"joe@\",\"password\":\"another long secret\",\"role\":\"owner\"}")));

    assertThat(invalid.fieldErrors())
        .containsExactlyInAnyOrder(
            new FieldError("/email", "is not an email address"),
            new FieldError("/role", "must be member or admin"));
  }

  @Test
  void requiresEveryField() {
    InvalidInput invalid =
        catchThrowableOfType(InvalidInput.class, () -> request.parse(body("{}")));

    assertThat(invalid.fieldErrors())
        .extracting(FieldError::pointer)
        .containsExactlyInAnyOrder("/email", "/password", "/role");
  }
}
