package com.finflow.accounts;

import com.finflow.shared.Caller;
import com.finflow.shared.money.Money;
import java.time.Clock;

/**
 * A sandbox bank account: an admin opens one for their organization with a starting balance, all of
 * it available.
 */
public final class OpenAccount {

  private final AccountRegistry registry;
  private final Clock clock;

  public OpenAccount(AccountRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  /**
   * The new account; {@code Forbidden} unless the caller is an admin, {@link AccountAlreadyExists}
   * if the IBAN is.
   */
  public AccountView open(Caller caller, OpenAccountCommand command) {
    caller.requireAdmin();
    Money balance = command.initialBalance();
    BankAccount account =
        new BankAccount(
            command.iban(),
            command.bic(),
            caller.organizationId(),
            balance,
            Money.zero(balance.currency()),
            clock.instant());
    if (!registry.open(account)) {
      throw new AccountAlreadyExists();
    }
    return AccountView.of(account);
  }
}
