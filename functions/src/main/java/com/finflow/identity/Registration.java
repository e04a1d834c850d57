package com.finflow.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.Caller;
import com.finflow.shared.http.Rejection;

import java.time.Clock;
import java.util.UUID;

/** Creates organizations with their first admin, and lets admins add members. */
public final class Registration {

  private final UserDirectory directory;
  private final PasswordPolicy policy;
  private final Clock clock;

  public Registration(UserDirectory directory, PasswordPolicy policy, Clock clock) {
    this.directory = directory;
    this.policy = policy;
    this.clock = clock;
  }

  /** {@code {email, password, organization_name}}: the first user of an organization is its admin. */
  public UserView registerOrganization(JsonNode body) {
    BodyFields fields = new BodyFields(body);
    NewUser newUser = NewUser.read(fields, policy);
    String organizationName = fields.text("organization_name", 140);
    fields.throwIfInvalid();

    Organization organization = new Organization(UUID.randomUUID().toString(), organizationName, clock.instant());
    User admin = new User(UUID.randomUUID().toString(), organization.id(), newUser.email(), Role.ADMIN, clock.instant());
    if (!directory.registerOrganization(organization, admin, PasswordHash.of(newUser.password()))) {
      throw emailTaken();
    }
    return UserView.of(admin, organization.name());
  }

  /** {@code {email, password, role}}: an admin adds a user with an initial password to their organization. */
  public UserView addMember(Caller caller, JsonNode body) {
    caller.requireAdmin();
    BodyFields fields = new BodyFields(body);
    NewUser newUser = NewUser.read(fields, policy);
    String roleText = fields.text("role", 16);
    Role role = Role.fromWireName(roleText).orElse(null);
    if (!roleText.isEmpty() && role == null) {
      fields.reject("role", "must be member or admin");
    }
    fields.throwIfInvalid();

    User member = new User(UUID.randomUUID().toString(), caller.organizationId(), newUser.email(), role, clock.instant());
    if (!directory.addMember(member, PasswordHash.of(newUser.password()))) {
      throw emailTaken();
    }
    return UserView.of(member, directory.organization(caller.organizationId()).map(Organization::name).orElse(""));
  }

  private static Rejection emailTaken() {
    return new Rejection(Rejection.Kind.CONFLICT, "a user with this email already exists");
  }
}
