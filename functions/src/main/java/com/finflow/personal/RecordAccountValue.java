package com.finflow.personal;

import com.finflow.shared.Caller;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes what one of the caller's accounts was worth at the end of a day, replacing that day's
 * value if there was one. Amounts have no more decimals than the account's currency; a balance may
 * be negative (an overdraft; on a credit card, a positive balance is what is owed). An investment
 * account's value must say how much of it is cash, any other account's must not.
 */
public final class RecordAccountValue {

  private final Accounts accounts;
  private final AccountValues values;
  private final Clock clock;

  public RecordAccountValue(Accounts accounts, AccountValues values, Clock clock) {
    this.accounts = accounts;
    this.values = values;
    this.clock = clock;
  }

  /** The value written, and whether it is the day's first. */
  public record Answer(AccountValueView value, boolean created) {}

  public Answer record(Caller caller, String accountId, NewAccountValue command) {
    Account account = accounts.account(caller.userId(), accountId).orElseThrow(NoSuchAccount::new);
    List<FieldError> errors = new ArrayList<>();
    int decimals = Currencies.of(account.currency()).orElseThrow().minorUnits();
    checkDecimals("/balance", command.balance(), account.currency(), decimals, errors);
    boolean investment = account.kind() == AccountKind.INVESTMENT;
    if (investment && command.cashBalance().isEmpty()) {
      errors.add(new FieldError("/cash_balance", "is required for an investment account"));
    } else if (!investment && command.cashBalance().isPresent()) {
      errors.add(new FieldError("/cash_balance", "is only for investment accounts; leave it out"));
    }
    command
        .cashBalance()
        .filter(cash -> investment)
        .ifPresent(
            cash -> checkDecimals("/cash_balance", cash, account.currency(), decimals, errors));
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    AccountValue value =
        new AccountValue(
            accountId,
            command.date(),
            command.balance(),
            investment ? command.cashBalance() : Optional.empty(),
            clock.instant());
    return switch (values.put(caller.userId(), value)) {
      case CREATED -> new Answer(AccountValueView.of(value, account.currency()), true);
      case REPLACED -> new Answer(AccountValueView.of(value, account.currency()), false);
      case NO_ACCOUNT -> throw new NoSuchAccount();
    };
  }

  private static void checkDecimals(
      String pointer, BigDecimal amount, String currency, int decimals, List<FieldError> errors) {
    if (amount.stripTrailingZeros().scale() > decimals) {
      errors.add(
          new FieldError(
              pointer, "has more decimals than " + currency + " has (" + decimals + ")"));
    }
  }
}
