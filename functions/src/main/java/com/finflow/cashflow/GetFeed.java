package com.finflow.cashflow;

import com.finflow.shared.Caller;
import java.time.Clock;

/** One feed of the caller's organization and its state. */
public final class GetFeed {

  private final FeedRegistry feeds;
  private final Clock clock;

  public GetFeed(FeedRegistry feeds, Clock clock) {
    this.feeds = feeds;
    this.clock = clock;
  }

  public FeedView get(Caller caller, String feedId) {
    return feeds
        .find(caller.organizationId(), feedId)
        .map(feed -> FeedView.of(feed, clock.instant()))
        .orElseThrow(NoSuchFeed::new);
  }
}
