package com.finflow.personal;

import com.finflow.shared.Caller;

/** Removes one of the caller's holdings. */
public final class DeleteHolding {

  private final Holdings holdings;

  public DeleteHolding(Holdings holdings) {
    this.holdings = holdings;
  }

  public void delete(Caller caller, String id) {
    Holding current = holdings.holding(caller.userId(), id).orElseThrow(NoSuchHolding::new);
    if (!holdings.remove(current)) {
      throw new NoSuchHolding();
    }
  }
}
