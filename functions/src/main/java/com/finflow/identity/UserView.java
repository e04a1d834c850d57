package com.finflow.identity;

/** What the API shows of a user: never the password hash, never another organization's data. */
public record UserView(
    String id, String email, String role, String organizationId, String organizationName) {

  static UserView of(User user, String organizationName) {
    return new UserView(
        user.id(),
        user.email().value(),
        user.role().wireName(),
        user.organizationId(),
        organizationName);
  }
}
