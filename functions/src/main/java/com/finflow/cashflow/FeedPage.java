package com.finflow.cashflow;

import java.util.List;
import java.util.Optional;

/** One page of an upstream's transactions of one source, and the cursor of the page after it. */
public record FeedPage(List<FeedRow> rows, Optional<String> nextCursor) {

  public FeedPage {
    rows = List.copyOf(rows);
  }
}
