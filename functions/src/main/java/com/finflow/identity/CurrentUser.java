package com.finflow.identity;

import com.finflow.shared.Caller;

/** The signed-in user and their organization. */
public final class CurrentUser {

  private final UserDirectory directory;

  public CurrentUser(UserDirectory directory) {
    this.directory = directory;
  }

  /**
   * The caller as the API shows them; {@link UserNotFound} if they were removed since their token
   * was issued.
   */
  public UserView of(Caller caller) {
    User user =
        directory
            .findById(caller.userId())
            .filter(found -> found.organizationId().equals(caller.organizationId()))
            .orElseThrow(UserNotFound::new);
    String organizationName =
        directory.organization(user.organizationId()).map(Organization::name).orElse("");
    return UserView.of(user, organizationName);
  }
}
