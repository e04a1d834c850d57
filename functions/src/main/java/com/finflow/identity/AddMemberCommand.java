package com.finflow.identity;

/**
 * A user an admin adds to their organization, read and validated: email, initial password, role.
 */
public record AddMemberCommand(Email email, String password, Role role) {

  @Override
  public String toString() {
    return "AddMemberCommand[redacted]";
  }
}
