package com.finflow.identity;

/** Records new users with their password hashes; an email belongs to one user only. */
public interface UserRegistry {

  /**
   * Records a new organization with its first user, atomically. Returns false when the email is
   * taken (nothing is written then).
   */
  boolean registerOrganization(Organization organization, User admin, PasswordHash passwordHash);

  /**
   * Adds a user to an existing organization; false when the email is taken or the organization is
   * gone.
   */
  boolean addMember(User member, PasswordHash passwordHash);
}
