package com.finflow.personal;

import com.finflow.shared.Caller;
import java.util.List;
import java.util.Optional;

/**
 * The caller's holdings, of one account or all, by id: the order they were added in, to the
 * millisecond.
 */
public final class ListHoldings {

  private final Holdings holdings;

  public ListHoldings(Holdings holdings) {
    this.holdings = holdings;
  }

  public List<HoldingView> list(Caller caller, Optional<String> accountId) {
    return holdings.holdings(caller.userId()).stream()
        .filter(holding -> accountId.map(holding.accountId()::equals).orElse(true))
        .map(HoldingView::of)
        .toList();
  }
}
