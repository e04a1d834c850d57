package com.finflow.personal;

import java.util.List;
import java.util.Optional;

/**
 * Where each user's holdings are kept, under the user. A holding is added only to an existing
 * investment account of the user, checked in the same atomic step that counts it on the account, so
 * that an account is removed only once it holds nothing.
 */
public interface Holdings {

  /**
   * Adds the holding unless its account is gone, is not an investment one or holds {@code limit}.
   */
  Adding add(Holding holding, int limit);

  Optional<Holding> holding(String userId, String id);

  /** Every holding of the user, by id: the order they were added in, to the millisecond. */
  List<Holding> holdings(String userId);

  /** Replaces the quantity and cost of a holding that still exists; false if it does not. */
  boolean replace(Holding holding);

  /** Removes the holding (as read); false when it was already gone. */
  boolean remove(Holding current);

  enum Adding {
    ADDED,
    NO_ACCOUNT,
    NOT_INVESTMENT,
    LIMIT_REACHED
  }
}
