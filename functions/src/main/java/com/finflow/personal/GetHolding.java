package com.finflow.personal;

import com.finflow.shared.Caller;

/** One of the caller's holdings; anyone else's is not found. */
public final class GetHolding {

  private final Holdings holdings;

  public GetHolding(Holdings holdings) {
    this.holdings = holdings;
  }

  public HoldingView get(Caller caller, String id) {
    return holdings
        .holding(caller.userId(), id)
        .map(HoldingView::of)
        .orElseThrow(NoSuchHolding::new);
  }
}
