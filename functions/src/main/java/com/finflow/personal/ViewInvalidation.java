package com.finflow.personal;

import java.time.Clock;
import java.time.Instant;

/**
 * What every write analytics depend on does once it has succeeded: marks the user's last write and
 * asks for a refresh. A failed write writes nothing, not even the mark. A crash between the write
 * and the mark leaves the view unaware of the write until the user's next one; between the mark and
 * the request, the view is marked stale and the next analytics read asks again.
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

  public void written(String userId) {
    Instant at = clock.instant();
    marks.mark(userId, at);
    requests.request(userId, at);
  }
}
