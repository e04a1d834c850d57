package com.finflow.transfers;

import com.finflow.webhooks.WebhookNotice;
import com.finflow.webhooks.WebhookNotices;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishing from a worker that dies each time: before its notice reaches the webhooks feature (the
 * transaction that wrote the notice has committed), or right after (before the notice leaves the
 * outbox).
 */
public final class DyingPublisher implements WebhookNotices {

  /** When the worker dies. */
  public enum When {
    BEFORE_PUBLISHING,
    AFTER_PUBLISHING
  }

  /** What the dying worker throws. */
  public static final class WorkerDied extends RuntimeException {
    WorkerDied() {
      super("worker died around publishing a notice", null, false, false);
    }
  }

  public final AtomicInteger crashes = new AtomicInteger();
  private final WebhookNotices notices;
  private final When when;

  public DyingPublisher(WebhookNotices notices, When when) {
    this.notices = notices;
    this.when = when;
  }

  @Override
  public void publish(WebhookNotice notice) {
    if (when == When.AFTER_PUBLISHING) {
      notices.publish(notice);
    }
    crashes.incrementAndGet();
    throw new WorkerDied();
  }
}
