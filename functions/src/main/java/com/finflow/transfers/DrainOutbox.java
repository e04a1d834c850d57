package com.finflow.transfers;

import com.finflow.webhooks.WebhookNotice;
import com.finflow.webhooks.WebhookNotices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Publishes the notices of the outbox: the writer of a notice publishes it right after its
 * transaction, and a notice left behind (its writer died in between) is claimed and published once
 * its lease has run out. A notice is removed only after it was published, and publishing is
 * idempotent on the notice id, so a crash at any point repeats a publication and never loses one.
 */
public final class DrainOutbox {

  private final NoticeOutbox outbox;
  private final WebhookNotices notices;
  private final Clock clock;
  private final Duration lease;

  /**
   * @param lease how long the writer (or a claimer) of a notice has to publish it before another
   *     drain may: at least as long as a function may run, so that a live holder is not overtaken
   */
  public DrainOutbox(NoticeOutbox outbox, WebhookNotices notices, Clock clock, Duration lease) {
    this.outbox = outbox;
    this.notices = notices;
    this.clock = clock;
    this.lease = lease;
  }

  /** What a pass over the whole outbox did. */
  public record Drained(int published, int bulksLeftForNextPass) {}

  /** The outbox entry to write with a change: held by its writer for the lease. */
  public OutboxNotice toWrite(String bulkId, WebhookNotice notice) {
    return new OutboxNotice(bulkId, notice, clock.instant().plus(lease));
  }

  /** Publishes a notice the caller holds (it wrote or claimed it), then removes it. */
  public void publishHeld(OutboxNotice notice) {
    notices.publish(notice.notice());
    outbox.remove(notice);
  }

  /** Publishes the bulk's notices whose holders' leases ran out; how many it published. */
  public int drainDue(String bulkId) {
    Instant now = clock.instant();
    int published = 0;
    for (OutboxNotice notice : outbox.pendingOf(bulkId)) {
      if (!notice.dueAt().isAfter(now) && outbox.claim(notice, now.plus(lease))) {
        publishHeld(notice);
        published++;
      }
    }
    return published;
  }

  /**
   * Drains every bulk that has a notice due. A bulk whose drain fails (a throttled table, an
   * unreachable queue) keeps its notices for the next pass and does not stop the others.
   */
  public Drained drainAllDue() {
    int published = 0;
    int left = 0;
    for (String bulkId : outbox.bulksWithNoticesDue(clock.instant())) {
      try {
        published += drainDue(bulkId);
      } catch (RuntimeException e) {
        left++;
      }
    }
    return new Drained(published, left);
  }
}
