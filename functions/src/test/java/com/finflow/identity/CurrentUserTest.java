package com.finflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.Caller;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CurrentUserTest {

  private final InMemoryUserDirectory directory = new InMemoryUserDirectory();
  private final CurrentUser currentUser = new CurrentUser(directory);
  private UserView jane;

  @BeforeEach
  void janeIsRegistered() {
    jane =
        new Register(directory, Clock.systemUTC())
            .register(
                new RegisterCommand(
                    new Email("jane@example.com"), "correct horse battery", "Acme"));
  }

  @Test
  void describesTheCallerWithTheirOrganizationsName() {
    UserView seen = currentUser.of(new Caller(jane.id(), jane.organizationId(), "admin"));

    assertThat(seen).isEqualTo(jane);
  }

  @Test
  void answersNotFoundForAUserThatNoLongerExists() {
    assertThatThrownBy(
            () -> currentUser.of(new Caller("removed-user", jane.organizationId(), "admin")))
        .isInstanceOf(UserNotFound.class)
        .hasMessage("the signed-in user no longer exists");
  }

  @Test
  void answersNotFoundWhenTheTokensOrganizationIsNotTheUsers() {
    assertThatThrownBy(() -> currentUser.of(new Caller(jane.id(), "another-org", "admin")))
        .isInstanceOf(UserNotFound.class);
  }
}
