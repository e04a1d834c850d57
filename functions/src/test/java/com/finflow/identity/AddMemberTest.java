package com.finflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.Caller;
import com.finflow.shared.failure.Forbidden;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AddMemberTest {

  private static final AddMemberCommand JOE =
      new AddMemberCommand(new Email("joe@example.com"), "another long secret", Role.MEMBER);

  private final InMemoryUserDirectory directory = new InMemoryUserDirectory();
  private final AddMember addMember = new AddMember(directory, directory, Clock.systemUTC());
  private UserView admin;

  @BeforeEach
  void acmeIsRegistered() {
    admin =
        new Register(directory, Clock.systemUTC())
            .register(
                new RegisterCommand(
                    new Email("jane@example.com"), "correct horse battery", "Acme"));
  }

  @Test
  void letsAnAdminAddAMemberToTheirOrganization() {
    UserView member = addMember.add(new Caller(admin.id(), admin.organizationId(), "admin"), JOE);

    assertThat(member.role()).isEqualTo("member");
    assertThat(member.organizationId()).isEqualTo(admin.organizationId());
    assertThat(member.organizationName()).isEqualTo("Acme");
  }

  @Test
  void forbidsAMemberToAddMembers() {
    assertThatThrownBy(
            () -> addMember.add(new Caller("user-2", admin.organizationId(), "member"), JOE))
        .isInstanceOf(Forbidden.class);
    assertThat(directory.users()).hasSize(1);
  }

  @Test
  void refusesAnEmailThatAlreadySignsIn() {
    AddMemberCommand jane =
        new AddMemberCommand(new Email("jane@example.com"), "another long secret", Role.ADMIN);

    assertThatThrownBy(
            () -> addMember.add(new Caller(admin.id(), admin.organizationId(), "admin"), jane))
        .isInstanceOf(EmailAlreadyRegistered.class);
    assertThat(directory.users()).hasSize(1);
  }

  @Test
  void refusesAnEmailThatSignsInUnderAnotherCaseOrCompatibilityForm() {
    AddMemberCommand twin =
        new AddMemberCommand(
            Email.parse("ＪＡＮＥ@Example.com").orElseThrow(), "another long secret", Role.MEMBER);

    assertThatThrownBy(
            () -> addMember.add(new Caller(admin.id(), admin.organizationId(), "admin"), twin))
        .isInstanceOf(EmailAlreadyRegistered.class);
    assertThat(directory.users()).hasSize(1);
  }
}
