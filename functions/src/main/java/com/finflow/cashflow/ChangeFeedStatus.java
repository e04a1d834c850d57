package com.finflow.cashflow;

import com.finflow.shared.Caller;
import java.time.Clock;

/** Pauses or resumes a feed (admins only): a paused feed is not pulled, and keeps its cursors. */
public final class ChangeFeedStatus {

  private final FeedRegistry feeds;
  private final Clock clock;

  public ChangeFeedStatus(FeedRegistry feeds, Clock clock) {
    this.feeds = feeds;
    this.clock = clock;
  }

  public FeedView change(Caller caller, String feedId, boolean paused) {
    caller.requireAdmin();
    if (!feeds.paused(caller.organizationId(), feedId, paused)) {
      throw new NoSuchFeed();
    }
    return feeds
        .find(caller.organizationId(), feedId)
        .map(feed -> FeedView.of(feed, clock.instant()))
        .orElseThrow(NoSuchFeed::new);
  }
}
