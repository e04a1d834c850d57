package com.finflow.personal;

import com.finflow.shared.Caller;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The values of one of the caller's accounts between two days, oldest first, a page at a time:
 * {@code next} is the day after which the following page starts.
 */
public final class ListAccountValues {

  private final Accounts accounts;
  private final AccountValues values;

  public ListAccountValues(Accounts accounts, AccountValues values) {
    this.accounts = accounts;
    this.values = values;
  }

  /** A page of values, and the last day shown when more follow. */
  public record Page(List<AccountValueView> items, Optional<LocalDate> next) {}

  public Page list(Caller caller, String accountId, AccountValueQuery query) {
    Account account = accounts.account(caller.userId(), accountId).orElseThrow(NoSuchAccount::new);
    List<AccountValue> found =
        query.from().isAfter(query.to())
            ? List.of()
            : values.between(
                caller.userId(), accountId, query.from(), query.to(), query.limit() + 1);
    List<AccountValue> shown = found.subList(0, Math.min(found.size(), query.limit()));
    Optional<LocalDate> next =
        found.size() > query.limit()
            ? Optional.of(shown.get(shown.size() - 1).date())
            : Optional.empty();
    return new Page(
        shown.stream().map(value -> AccountValueView.of(value, account.currency())).toList(), next);
  }
}
