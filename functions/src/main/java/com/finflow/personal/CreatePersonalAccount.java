package com.finflow.personal;

import com.finflow.shared.Caller;
import com.finflow.shared.failure.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Adds an account to the caller's book; a user keeps at most {@link #MAX_PER_USER}. */
public final class CreatePersonalAccount {

  public static final int MAX_PER_USER = 200;

  private final Accounts accounts;
  private final TransactionIds ids;
  private final Clock clock;

  public CreatePersonalAccount(Accounts accounts, TransactionIds ids, Clock clock) {
    this.accounts = accounts;
    this.ids = ids;
    this.clock = clock;
  }

  /**
   * The new account, without a balance yet; an {@link InvalidInput} naming {@code /institution_id}
   * when that is not one of the caller's institutions.
   */
  public AccountView create(Caller caller, NewAccount command) {
    Instant now = clock.instant();
    Account account =
        new Account(
            ids.next(),
            caller.userId(),
            command.name(),
            command.kind(),
            command.currency(),
            command.institutionId(),
            now,
            now);
    switch (accounts.add(account, MAX_PER_USER)) {
      case DONE -> {}
      case NO_SUCH_INSTITUTION -> throw noSuchInstitution();
      case LIMIT_REACHED -> throw new BookLimitReached("accounts per user", MAX_PER_USER);
      default -> throw new IllegalStateException("an account being added cannot be gone");
    }
    return AccountView.of(account, Optional.empty());
  }

  static InvalidInput noSuchInstitution() {
    return InvalidInput.of("/institution_id", "is not the id of one of your institutions");
  }
}
