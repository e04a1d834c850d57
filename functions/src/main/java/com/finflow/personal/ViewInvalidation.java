package com.finflow.personal;

import com.finflow.shared.log.StructuredLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * What every write analytics depend on does once it has succeeded: marks the user's last write and
 * asks for a refresh. A failed write writes nothing, not even the mark. A crash between the write
 * and the mark leaves the view unaware of the write until the user's next one; between the mark and
 * the request, the view is marked stale and the next analytics read asks again.
 */
public final class ViewInvalidation {

  private static final StructuredLog LOG = StructuredLog.of(ViewInvalidation.class);

  private final WriteMarks marks;
  private final RefreshRequests requests;
  private final Clock clock;

  public ViewInvalidation(WriteMarks marks, RefreshRequests requests, Clock clock) {
    this.marks = marks;
    this.requests = requests;
    this.clock = clock;
  }

  /**
   * Never throws: the write it follows has succeeded, and answering it with an error would invite a
   * retry that writes again. A failed mark leaves the view unaware until the next write; a failed
   * request is made again by the next analytics read.
   */
  public void written(String userId) {
    Instant at = clock.instant();
    try {
      marks.mark(userId, at);
    } catch (RuntimeException failure) {
      LOG.warn("the write mark failed", Map.of("error_type", failure.getClass().getSimpleName()));
    }
    try {
      requests.request(userId, at);
    } catch (RuntimeException failure) {
      LOG.warn(
          "the refresh request failed", Map.of("error_type", failure.getClass().getSimpleName()));
    }
  }
}
