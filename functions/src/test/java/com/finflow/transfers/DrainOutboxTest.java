package com.finflow.transfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.webhooks.WebhookNotice;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DrainOutboxTest {

  private final InMemoryTransfers transfers = new InMemoryTransfers();
  private final DrainOutbox drain = transfers.outbox();

  @Test
  void aNoticeHeldByItsWriterIsPublishedByItThenRemoved() {
    String bulkId = finishedBulk();
    OutboxNotice written = write(bulkId, "n-1");

    drain.publishHeld(written);

    assertThat(transfers.notices.published).containsExactly(written.notice());
    assertThat(transfers.bulks.pendingOf(bulkId)).isEmpty();
  }

  @Test
  void aDrainLeavesNoticesWhoseHolderMayStillBeAlive() {
    String bulkId = finishedBulk();
    write(bulkId, "n-1");

    int early = drain.drainDue(bulkId);
    transfers.clock.advance(InMemoryTransfers.LEASE.minusSeconds(1));
    int stillEarly = drain.drainDue(bulkId);
    transfers.clock.advance(Duration.ofSeconds(1));
    int due = drain.drainDue(bulkId);

    assertThat(List.of(early, stillEarly, due)).containsExactly(0, 0, 1);
    assertThat(transfers.notices.distinctIds()).containsExactly("n-1");
  }

  @Test
  void aNoticeClaimedByAnotherDrainIsLeftToIt() {
    String bulkId = finishedBulk();
    OutboxNotice written = write(bulkId, "n-1");
    transfers.clock.advance(InMemoryTransfers.LEASE);
    assertThat(transfers.bulks.claim(written, transfers.clock.instant().plusSeconds(30))).isTrue();

    int published = drain.drainDue(bulkId);

    assertThat(published).isZero();
    assertThat(transfers.notices.published).isEmpty();
    assertThat(transfers.bulks.pendingOf(bulkId)).hasSize(1);
  }

  @Test
  void aDrainThatDiesAfterClaimingHoldsTheNoticeOneLeaseThenAnotherPublishesIt() {
    String bulkId = finishedBulk();
    write(bulkId, "n-1");
    transfers.clock.advance(InMemoryTransfers.LEASE);
    DrainOutbox dying =
        transfers.outbox(
            new DyingPublisher(transfers.notices, DyingPublisher.When.BEFORE_PUBLISHING));

    catchThrowableOfType(DyingPublisher.WorkerDied.class, () -> dying.drainDue(bulkId));
    int whileHeld = drain.drainDue(bulkId);
    transfers.clock.advance(InMemoryTransfers.LEASE);
    int afterwards = drain.drainDue(bulkId);

    assertThat(whileHeld).isZero();
    assertThat(afterwards).isEqualTo(1);
    assertThat(transfers.notices.timesPublished("n-1")).isEqualTo(1);
  }

  @Test
  void aPassOverTheWholeOutboxGoesOnPastABulkThatFails() {
    String failing = finishedBulk();
    String healthy = finishedBulk();
    write(failing, "n-fails");
    write(healthy, "n-ok");
    transfers.clock.advance(InMemoryTransfers.LEASE);
    DrainOutbox partlyFailing =
        transfers.outbox(
            notice -> {
              if (notice.id().equals("n-fails")) {
                throw new IllegalStateException("queue unreachable");
              }
              transfers.notices.publish(notice);
            });

    DrainOutbox.Drained drained = partlyFailing.drainAllDue();

    assertThat(drained).isEqualTo(new DrainOutbox.Drained(1, 1));
    assertThat(transfers.notices.distinctIds()).containsExactly("n-ok");
    assertThat(transfers.bulks.pendingOf(failing)).hasSize(1);
    assertThat(transfers.bulks.pendingOf(healthy)).isEmpty();
  }

  private String finishedBulk() {
    List<TransferOrder> orders = transfers.fannedOut(BulkCommands.aBulkOf(1).build());
    transfers.executeTransfer().execute(orders.get(0), "delivery");
    return orders.get(0).bulkId();
  }

  /** Settles the bulk with a notice in the same transaction, as {@link SettleBulk} does. */
  private OutboxNotice write(String bulkId, String noticeId) {
    OutboxNotice notice =
        drain.toWrite(
            bulkId,
            new WebhookNotice(
                noticeId,
                "bulk.settled",
                InMemoryTransfers.ADMIN.organizationId(),
                "bulk/" + bulkId,
                URI.create("https://hooks.example.com/finflow"),
                Map.of("bulk_id", bulkId)));
    assertThat(transfers.bulks.settle(transfers.bulk(bulkId), "settlement", Optional.of(notice)))
        .isTrue();
    return notice;
  }
}
