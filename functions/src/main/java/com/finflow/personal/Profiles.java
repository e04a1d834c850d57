package com.finflow.personal;

import java.util.Optional;

/** Where each user's profile is kept. */
public interface Profiles {

  /** The user's profile; empty when they never changed it. */
  Optional<Profile> find(String userId);

  void save(String userId, Profile profile);
}
