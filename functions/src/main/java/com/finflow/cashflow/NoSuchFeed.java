package com.finflow.cashflow;

import com.finflow.shared.failure.NotFound;

/** No feed with this id in the caller's organization. */
public final class NoSuchFeed extends NotFound {

  public NoSuchFeed() {
    super("no such feed");
  }
}
