package com.finflow.personal;

import com.finflow.shared.Caller;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds a holding to one of the caller's investment accounts. Each holding is one lot: the same
 * security may be held several times on one account, each with its own cost. An account keeps at
 * most {@link #MAX_PER_ACCOUNT}.
 */
public final class CreateHolding {

  public static final int MAX_PER_ACCOUNT = 500;

  private final Accounts accounts;
  private final Holdings holdings;
  private final SecurityDirectory securities;
  private final TransactionIds ids;
  private final Clock clock;

  public CreateHolding(
      Accounts accounts,
      Holdings holdings,
      SecurityDirectory securities,
      TransactionIds ids,
      Clock clock) {
    this.accounts = accounts;
    this.holdings = holdings;
    this.securities = securities;
    this.ids = ids;
    this.clock = clock;
  }

  /**
   * The new holding, its symbol spelled as the price source spells it; an {@link InvalidInput}
   * naming {@code /account_id} (not an investment account of the caller's) and {@code /symbol} (a
   * security the price source does not know), both at once.
   */
  public HoldingView create(Caller caller, NewHolding command) {
    List<FieldError> errors = new ArrayList<>();
    Optional<Account> account = accounts.account(caller.userId(), command.accountId());
    if (account.isEmpty()) {
      errors.add(notAnAccount());
    } else if (account.get().kind() != AccountKind.INVESTMENT) {
      errors.add(notInvestment());
    }
    Optional<Security> security = securities.find(command.symbol());
    if (security.isEmpty()) {
      errors.add(new FieldError("/symbol", "is not a security the price source knows"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Instant now = clock.instant();
    Holding holding =
        new Holding(
            ids.next(),
            caller.userId(),
            command.accountId(),
            security.get().symbol(),
            command.quantity(),
            command.costBasis(),
            command.costCurrency(),
            now,
            now);
    return switch (holdings.add(holding, MAX_PER_ACCOUNT)) {
      case ADDED -> HoldingView.of(holding);
      case NO_ACCOUNT -> throw new InvalidInput(List.of(notAnAccount()));
      case NOT_INVESTMENT -> throw new InvalidInput(List.of(notInvestment()));
      case LIMIT_REACHED -> throw new BookLimitReached("holdings per account", MAX_PER_ACCOUNT);
    };
  }

  private static FieldError notAnAccount() {
    return new FieldError("/account_id", "is not the id of one of your accounts");
  }

  private static FieldError notInvestment() {
    return new FieldError("/account_id", "must be an investment account");
  }
}
