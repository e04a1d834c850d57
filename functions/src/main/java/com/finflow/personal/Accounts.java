package com.finflow.personal;

import java.util.List;
import java.util.Optional;

/**
 * Where each user's accounts are kept, under the user. Each write that names an institution checks
 * in the same atomic step that the institution is the user's, and counts the reference, so an
 * institution cannot be removed from under an account. An account knows how many holdings it has.
 */
public interface Accounts {

  /**
   * Adds the account unless the user has {@code limit} already or its institution is not theirs.
   */
  Outcome add(Account account, int limit);

  Optional<Account> account(String userId, String id);

  /** Every account of the user, in no particular order. */
  List<Account> accounts(String userId);

  /**
   * Replaces {@code current} (as read) by {@code changed}: {@link Outcome#CHANGED_MEANWHILE} when
   * it was changed or removed since it was read, nothing written then.
   */
  Outcome replace(Account current, Account changed);

  /**
   * Removes the account (as read) and all its values, unless it still has holdings ({@link
   * Outcome#HAS_HOLDINGS}) or changed since it was read.
   */
  Outcome remove(Account current);

  enum Outcome {
    DONE,
    NOT_FOUND,
    NO_SUCH_INSTITUTION,
    LIMIT_REACHED,
    HAS_HOLDINGS,
    CHANGED_MEANWHILE
  }
}
