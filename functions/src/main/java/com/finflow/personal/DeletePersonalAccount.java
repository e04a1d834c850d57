package com.finflow.personal;

import com.finflow.shared.Caller;

/** Removes one of the caller's accounts with all its values, only once it has no holdings. */
public final class DeletePersonalAccount {

  private static final int ATTEMPTS = 3;

  private final Accounts accounts;

  public DeletePersonalAccount(Accounts accounts) {
    this.accounts = accounts;
  }

  /** {@link NoSuchAccount}, or {@link AccountHasHoldings} while holdings remain on it. */
  public void delete(Caller caller, String id) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Account current = accounts.account(caller.userId(), id).orElseThrow(NoSuchAccount::new);
      switch (accounts.remove(current)) {
        case DONE -> {
          return;
        }
        case NOT_FOUND -> throw new NoSuchAccount();
        case HAS_HOLDINGS -> throw new AccountHasHoldings(id);
        default -> {
          // changed meanwhile: read it again
        }
      }
    }
    throw new ChangedMeanwhile();
  }
}
