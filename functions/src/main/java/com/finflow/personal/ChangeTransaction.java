package com.finflow.personal;

import com.finflow.shared.Caller;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

/**
 * Changes some fields of one of the caller's transactions; its id, and so its place in lists, never
 * changes.
 */
public final class ChangeTransaction {

  private final Transactions transactions;
  private final Clock clock;
  private final ViewInvalidation invalidation;

  public ChangeTransaction(Transactions transactions, Clock clock, ViewInvalidation invalidation) {
    this.transactions = transactions;
    this.clock = clock;
    this.invalidation = invalidation;
  }

  /**
   * The changed transaction; {@link NoSuchTransaction} if the caller has none with this id, {@link
   * AmountTooPrecise} if the amount has more decimals than the currency it ends up in (a body
   * naming both is refused before, when it is parsed).
   */
  public TransactionView change(Caller caller, String id, TransactionChange change) {
    Transaction current =
        transactions.find(caller.userId(), id).orElseThrow(NoSuchTransaction::new);
    String currency = change.currency().orElse(current.currency());
    BigDecimal amount = change.amount().orElse(current.amount());
    int decimals = Currencies.of(currency).orElseThrow().minorUnits();
    if (amount.stripTrailingZeros().scale() > decimals) {
      throw new AmountTooPrecise(amount.toPlainString(), currency, decimals);
    }
    Optional<String> description =
        change.clearDescription()
            ? Optional.empty()
            : change.description().or(current::description);
    Transaction changed =
        new Transaction(
            current.id(),
            current.userId(),
            change.accountId().orElse(current.accountId()),
            amount,
            change.direction().orElse(current.direction()),
            currency,
            change.category().orElse(current.category()),
            description,
            change.occurredAt().orElse(current.occurredAt()),
            current.createdAt(),
            clock.instant());
    if (!transactions.replace(changed)) {
      throw new NoSuchTransaction();
    }
    invalidation.written(caller.userId());
    return TransactionView.of(changed);
  }
}
