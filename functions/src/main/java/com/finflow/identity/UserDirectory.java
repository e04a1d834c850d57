package com.finflow.identity;

import java.util.Optional;

/** Looks up users and their organizations. */
public interface UserDirectory {

  Optional<User> findById(String userId);

  Optional<Organization> organization(String organizationId);
}
