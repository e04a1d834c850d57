package com.finflow.personal;

import com.finflow.shared.Caller;
import java.time.Clock;
import java.util.Optional;

/**
 * Renames one of the caller's accounts or moves it to another of their institutions (or to none).
 */
public final class ChangePersonalAccount {

  // A change is retried when the account changed between reading and writing it.
  private static final int ATTEMPTS = 3;

  private final Accounts accounts;
  private final AccountValues values;
  private final Clock clock;

  public ChangePersonalAccount(Accounts accounts, AccountValues values, Clock clock) {
    this.accounts = accounts;
    this.values = values;
    this.clock = clock;
  }

  public AccountView change(Caller caller, String id, AccountChange change) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Account current = accounts.account(caller.userId(), id).orElseThrow(NoSuchAccount::new);
      Optional<String> institution =
          change.clearInstitution()
              ? Optional.empty()
              : change.institutionId().or(current::institutionId);
      Account changed =
          new Account(
              current.id(),
              current.userId(),
              change.name().orElse(current.name()),
              current.kind(),
              current.currency(),
              institution,
              current.createdAt(),
              clock.instant());
      switch (accounts.replace(current, changed)) {
        case DONE -> {
          return AccountView.of(changed, values.newest(caller.userId(), id));
        }
        case NOT_FOUND -> throw new NoSuchAccount();
        case NO_SUCH_INSTITUTION -> throw CreatePersonalAccount.noSuchInstitution();
        default -> {
          // changed meanwhile: read it again
        }
      }
    }
    throw new ChangedMeanwhile();
  }
}
