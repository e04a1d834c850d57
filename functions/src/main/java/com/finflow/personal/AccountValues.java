package com.finflow.personal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The dated values of each user's accounts, at most one per account and day, kept under the user. A
 * value is written only while its account exists, checked in the same atomic step.
 */
public interface AccountValues {

  /** Writes the value of its day, replacing any earlier one of that day. */
  Recording put(String userId, AccountValue value);

  Optional<AccountValue> value(String userId, String accountId, LocalDate date);

  /** Up to {@code limit} values dated {@code from} to {@code to} (inclusive), oldest first. */
  List<AccountValue> between(
      String userId, String accountId, LocalDate from, LocalDate to, int limit);

  /** The account's newest value, whatever its date. */
  Optional<AccountValue> newest(String userId, String accountId);

  /** Removes the value of that day; false when there was none. */
  boolean remove(String userId, String accountId, LocalDate date);

  enum Recording {
    CREATED,
    REPLACED,
    NO_ACCOUNT
  }
}
