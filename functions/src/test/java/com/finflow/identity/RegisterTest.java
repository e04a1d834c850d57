package com.finflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class RegisterTest {

  private static final String PASSWORD = "correct horse battery";

  private final InMemoryUserDirectory directory = new InMemoryUserDirectory();
  private final Register register = new Register(directory, Clock.systemUTC());

  @Test
  void makesTheFirstUserOfAnOrganizationItsAdmin() {
    UserView admin =
        register.register(new RegisterCommand(new Email("jane@example.com"), PASSWORD, "Acme"));

    assertThat(admin.role()).isEqualTo("admin");
    assertThat(admin.email()).isEqualTo("jane@example.com");
    assertThat(admin.organizationName()).isEqualTo("Acme");
    assertThat(directory.organizations()).containsOnlyKeys(admin.organizationId());
  }

  @Test
  void storesOnlyAnArgon2idHashOfThePassword() {
    register.register(new RegisterCommand(new Email("jane@example.com"), PASSWORD, "Acme"));

    assertThat(
            directory
                .credentialsOf(new Email("jane@example.com"))
                .orElseThrow()
                .passwordHash()
                .encoded())
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
        .doesNotContain(PASSWORD);
  }

  @Test
  void refusesASecondUserWithTheSameEmail() {
    register.register(new RegisterCommand(new Email("jane@example.com"), PASSWORD, "Acme"));

    assertThatThrownBy(
            () ->
                register.register(
                    new RegisterCommand(
                        new Email("jane@example.com"), "another long secret", "Other")))
        .isInstanceOf(EmailAlreadyRegistered.class)
        .hasMessage("a user with this email already exists");
    assertThat(directory.organizations()).hasSize(1);
  }

  @Test
  void refusesASecondUserWhoseEmailDiffersOnlyByCaseOrCompatibilityForm() {
    register.register(
        new RegisterCommand(Email.parse("Jane@Example.com").orElseThrow(), PASSWORD, "Acme"));

    for (String twin : new String[] {"JANE@EXAMPLE.COM", "ｊａｎｅ@example.com", "ＪＡＮＥ＠ＥＸＡＭＰＬＥ．ＣＯＭ"}) {
      assertThatThrownBy(
              () ->
                  register.register(
                      new RegisterCommand(
                          Email.parse(twin).orElseThrow(), "another long secret", "Other")))
          .isInstanceOf(EmailAlreadyRegistered.class);
    }
    assertThat(directory.organizations()).hasSize(1);
    assertThat(directory.users()).hasSize(1);
  }
}
