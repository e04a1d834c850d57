package com.finflow.personal;

import java.time.Clock;
import java.time.Instant;

/**
 * What every write analytics depend on does around itself: marks the user's last write before it,
 * and asks for a refresh after it. A crash in between leaves the view marked stale, which the next
 * analytics read notices and repairs.
 */
public final class ViewInvalidation {

  private final WriteMarks marks;
  private final RefreshRequests requests;
  private final Clock clock;

  public ViewInvalidation(WriteMarks marks, RefreshRequests requests, Clock clock) {
    this.marks = marks;
    this.requests = requests;
    this.clock = clock;
  }

  /** Before the write: the instant to hand to {@link #after}. */
  public Instant before(String userId) {
    Instant at = clock.instant();
    marks.mark(userId, at);
    return at;
  }

  public void after(String userId, Instant writtenAt) {
    requests.request(userId, writtenAt);
  }
}
