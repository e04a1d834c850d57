package com.finflow.identity;

import com.finflow.shared.Caller;
import com.finflow.shared.http.Rejection;

/** The signed-in user and their organization. */
public final class CurrentUser {

  private final UserDirectory directory;

  public CurrentUser(UserDirectory directory) {
    this.directory = directory;
  }

  public UserView of(Caller caller) {
    User user = directory.findById(caller.userId())
        .filter(found -> found.organizationId().equals(caller.organizationId()))
        .orElseThrow(() -> new Rejection(Rejection.Kind.NOT_FOUND, "the signed-in user no longer exists"));
    String organizationName = directory.organization(user.organizationId()).map(Organization::name).orElse("");
    return UserView.of(user, organizationName);
  }
}
