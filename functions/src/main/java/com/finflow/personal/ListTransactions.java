package com.finflow.personal;

import com.finflow.shared.Caller;
import java.util.List;
import java.util.Optional;

/**
 * A page of the caller's transactions, newest recorded first. Pages follow the transactions' ids,
 * which never change and grow with time: paging from a cursor visits every transaction that existed
 * when paging began exactly once, whatever is recorded, changed or removed meanwhile.
 */
public final class ListTransactions {

  private final Transactions transactions;
  private final Profiles profiles;

  public ListTransactions(Transactions transactions, Profiles profiles) {
    this.transactions = transactions;
    this.profiles = profiles;
  }

  /** A page of views and the id after which the next page starts. */
  public record Listing(List<TransactionView> items, Optional<String> after) {}

  public Listing list(Caller caller, ListTransactionsQuery query) {
    var zone = profiles.find(caller.userId()).orElse(Profile.DEFAULT).timeZone();
    TransactionFilter filter =
        new TransactionFilter(
            query.accountId(),
            query.from().map(day -> day.atStartOfDay(zone).toInstant()),
            query.to().map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()),
            query.category(),
            query.direction(),
            query.minAmount(),
            query.maxAmount());
    TransactionPage page = transactions.page(caller.userId(), filter, query.after(), query.limit());
    return new Listing(page.items().stream().map(TransactionView::of).toList(), page.after());
  }
}
