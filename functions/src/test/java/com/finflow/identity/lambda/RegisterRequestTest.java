package com.finflow.identity.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.identity.Email;
import com.finflow.identity.PasswordPolicy;
import com.finflow.identity.RegisterCommand;
import com.finflow.shared.Json;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import org.junit.jupiter.api.Test;

class RegisterRequestTest {

  private final RegisterRequest request = new RegisterRequest(new PasswordPolicy());

  @Test
  void readsANormalizedEmailThePasswordAndTheOrganizationName() {
    RegisterCommand command =
        request.parse(
            body(
                "{\"email\":\"Jane@Example.com\",\"password\":\"correct horse battery\",\"organization_name\":\"Acme\"}"));

    assertThat(command.email()).isEqualTo(new Email("jane@example.com"));
    assertThat(command.password()).isEqualTo("correct horse battery");
    assertThat(command.organizationName()).isEqualTo("Acme");
    assertThat(command.toString()).doesNotContain("correct horse battery");
  }

  @Test
  void reportsEveryInvalidFieldAtOnce() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () -> request.parse(body("{\"email\":\"not-an-email\",\"password\":\"short\"}")));

    assertThat(invalid.fieldErrors())
        .containsExactlyInAnyOrder(
            new FieldError("/email", "is not an email address"),
            new FieldError("/password", "must be at least 12 characters"),
            new FieldError("/organization_name", "is required"));
    assertThat(invalid.getMessage()).isEqualTo("3 fields are invalid");
  }

  @Test
  void refusesShortCommonAndSelfNamedPasswords() {
    assertThat(passwordProblem("short")).contains("at least 12");
    assertThat(passwordProblem("Password1234")).contains("too common");
    assertThat(passwordProblem("janedoe-secret-2026")).contains("email");
  }

  @Test
  void appliesThePasswordRulesThatNeedNoEmailEvenWithoutAValidOne() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                request.parse(
                    body(
                        "{\"email\":\"janedoe\",\"password\":\"Password1234\",\"organization_name\":\"Acme\"}")));

    assertThat(invalid.fieldErrors())
        .extracting(FieldError::pointer)
        .containsExactlyInAnyOrder("/email", "/password");
  }

  @Test
  void refusesFieldsThatAreNotStrings() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                request.parse(
                    body(
                        "{\"email\":42,\"password\":\"correct horse battery\",\"organization_name\":[\"Acme\"]}")));

    assertThat(invalid.fieldErrors())
        .containsExactlyInAnyOrder(
            new FieldError("/email", "must be a string"),
            new FieldError("/organization_name", "must be a string"));
  }

  private String passwordProblem(String password) {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                request.parse(
                    body(
                        "{\"email\":\"janedoe@example.com\",\"password\":\""
                            + password
                            + "\",\"organization_name\":\"Acme\"}")));
    return invalid.fieldErrors().stream()
        .filter(error -> error.pointer().equals("/password"))
        .findFirst()
        .map(FieldError::detail)
        .orElse("");
  }

  static JsonNode body(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
