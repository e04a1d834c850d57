package com.finflow.personal;

import java.util.List;
import java.util.Optional;

/**
 * Where each user's institutions are kept, under the user, so another user's are never found. An
 * institution knows how many accounts refer to it, so that it is removed only while none does.
 */
public interface Institutions {

  /** Adds the institution unless the user already has {@code limit} of them. */
  Adding add(Institution institution, int limit);

  Optional<Institution> institution(String userId, String id);

  /** Every institution of the user, in no particular order. */
  List<Institution> institutions(String userId);

  /**
   * Replaces the name, country and BIC of an institution that still exists; false if it does not.
   */
  boolean replace(Institution institution);

  /** Removes the institution unless an account still refers to it. */
  Removal remove(String userId, String id);

  enum Adding {
    ADDED,
    LIMIT_REACHED
  }

  enum Removal {
    REMOVED,
    NOT_FOUND,
    IN_USE
  }
}
