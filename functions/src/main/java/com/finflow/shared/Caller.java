package com.finflow.shared;

import com.finflow.shared.failure.Forbidden;

/**
 * Who is calling, as established by the authorizer: use cases never see tokens.
 *
 * @param role {@code admin} or {@code member}
 */
public record Caller(String userId, String organizationId, String role) {

  public static final String ADMIN = "admin";

  public boolean isAdmin() {
    return ADMIN.equals(role);
  }

  public Caller requireAdmin() {
    if (!isAdmin()) {
      throw new Forbidden("this action needs the admin role");
    }
    return this;
  }
}
