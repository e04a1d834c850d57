package com.finflow.identity;

import java.time.Clock;
import java.util.UUID;

/** Creates an organization with its first user, who is its admin. */
public final class Register {

  private final UserRegistry registry;
  private final Clock clock;

  public Register(UserRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  /** The new admin; {@link EmailAlreadyRegistered} when the email is taken. */
  public UserView register(RegisterCommand command) {
    Organization organization =
        new Organization(UUID.randomUUID().toString(), command.organizationName(), clock.instant());
    User admin =
        new User(
            UUID.randomUUID().toString(),
            organization.id(),
            command.email(),
            Role.ADMIN,
            clock.instant());
    if (!registry.registerOrganization(organization, admin, PasswordHash.of(command.password()))) {
      throw new EmailAlreadyRegistered();
    }
    return UserView.of(admin, organization.name());
  }
}
