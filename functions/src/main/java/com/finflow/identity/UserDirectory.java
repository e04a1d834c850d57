package com.finflow.identity;

import java.util.Optional;

/** Users, their organizations and their password hashes. */
public interface UserDirectory {

  /**
   * Records a new organization with its first user, atomically. Returns false when the email is taken
   * (nothing is written then).
   */
  boolean registerOrganization(Organization organization, User admin, PasswordHash passwordHash);

  /** Adds a user to an existing organization; false when the email is taken. */
  boolean addMember(User member, PasswordHash passwordHash);

  Optional<User> findById(String userId);

  Optional<Credentials> credentialsOf(Email email);

  Optional<Organization> organization(String organizationId);

  /** A user together with the hash their password must match. */
  record Credentials(User user, PasswordHash passwordHash) {}
}
