package com.finflow.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.Caller;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RegistrationTest {

  private final InMemoryUserDirectory directory = new InMemoryUserDirectory();
  private final Registration registration = new Registration(directory, new PasswordPolicy(), Clock.systemUTC());

  @Test
  void makesTheFirstUserOfAnOrganizationItsAdmin() {
    UserView admin = registration.registerOrganization(body(
        "{\"email\":\"Jane@Example.com\",\"password\":\"correct horse battery\",\"organization_name\":\"Acme\"}"));

    assertThat(admin.role()).isEqualTo("admin");
    assertThat(admin.email()).isEqualTo("jane@example.com");
    assertThat(admin.organizationName()).isEqualTo("Acme");
    assertThat(directory.credentials.get("jane@example.com").passwordHash().encoded())
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
        .doesNotContain("correct horse battery");
  }

  @Test
  void refusesASecondUserWithTheSameEmail() {
    registration.registerOrganization(body(
        "{\"email\":\"jane@example.com\",\"password\":\"correct horse battery\",\"organization_name\":\"Acme\"}"));

    Rejection taken = catchThrowableOfType(Rejection.class, () -> registration.registerOrganization(body(
        "{\"email\":\"JANE@example.com\",\"password\":\"another long secret\",\"organization_name\":\"Other\"}")));

    assertThat(taken.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    assertThat(directory.organizations).hasSize(1);
  }

  @Test
  void reportsEveryInvalidFieldAtOnceAndWritesNothing() {
    Rejection invalid = catchThrowableOfType(Rejection.class, () -> registration.registerOrganization(body(
        "{\"email\":\"not-an-email\",\"password\":\"short\"}")));

    assertThat(invalid.kind()).isEqualTo(Rejection.Kind.INVALID_REQUEST);
    assertThat(invalid.fieldErrors()).extracting(FieldError::pointer)
        .containsExactlyInAnyOrder("/email", "/password", "/organization_name");
    assertThat(directory.users).isEmpty();
  }

  @Test
  void refusesShortCommonAndSelfNamedPasswords() {
    assertThat(passwordProblem("short")).contains("at least 12");
    assertThat(passwordProblem("Password1234")).contains("too common");
    assertThat(passwordProblem("janedoe-secret-2026")).contains("email");
  }

  @Test
  void letsAnAdminAddAMember() {
    UserView admin = registration.registerOrganization(body(
        "{\"email\":\"jane@example.com\",\"password\":\"correct horse battery\",\"organization_name\":\"Acme\"}"));

    UserView member = registration.addMember(new Caller(admin.id(), admin.organizationId(), "admin"), body(
        "{\"email\":\"joe@example.com\",\"password\":\"another long secret\",\"role\":\"member\"}"));

    assertThat(member.role()).isEqualTo("member");
    assertThat(member.organizationId()).isEqualTo(admin.organizationId());
  }

  @Test
  void forbidsAMemberToAddMembers() {
    Rejection forbidden = catchThrowableOfType(Rejection.class, () -> registration.addMember(
        new Caller("user-2", "org-1", "member"),
        body("{\"email\":\"joe@example.com\",\"password\":\"another long secret\",\"role\":\"admin\"}")));

    assertThat(forbidden.kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
    assertThat(directory.users).isEmpty();
  }

  private String passwordProblem(String password) {
    Rejection invalid = catchThrowableOfType(Rejection.class, () -> registration.registerOrganization(body(
        "{\"email\":\"janedoe@example.com\",\"password\":\"" + password + "\",\"organization_name\":\"Acme\"}")));
    return invalid.fieldErrors().stream().filter(error -> error.pointer().equals("/password"))
        .findFirst().map(FieldError::detail).orElse("");
  }

  private static JsonNode body(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
