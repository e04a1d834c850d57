package com.finflow.identity;

import com.finflow.shared.Caller;
import java.time.Clock;
import java.util.UUID;

/** An admin adds a user, with an initial password, to their own organization. */
public final class AddMember {

  private final UserRegistry registry;
  private final UserDirectory directory;
  private final Clock clock;

  public AddMember(UserRegistry registry, UserDirectory directory, Clock clock) {
    this.registry = registry;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * The new user; {@code Forbidden} unless the caller is an admin, {@link EmailAlreadyRegistered}
   * if taken.
   */
  public UserView add(Caller caller, AddMemberCommand command) {
    caller.requireAdmin();
    User member =
        new User(
            UUID.randomUUID().toString(),
            caller.organizationId(),
            command.email(),
            command.role(),
            clock.instant());
    if (!registry.addMember(member, PasswordHash.of(command.password()))) {
      throw new EmailAlreadyRegistered();
    }
    return UserView.of(
        member, directory.organization(caller.organizationId()).map(Organization::name).orElse(""));
  }
}
