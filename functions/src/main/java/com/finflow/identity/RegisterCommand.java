package com.finflow.identity;

/**
 * A new organization and its first user, read and validated: a well-formed email, a password that
 * the {@link PasswordPolicy} accepts, and an organization name.
 */
public record RegisterCommand(Email email, String password, String organizationName) {

  @Override
  public String toString() {
    return "RegisterCommand[redacted]";
  }
}
