package com.finflow.transfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.webhooks.WebhookNotice;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcileBulksTest {

  private static final Duration DEADLINE = Duration.ofMinutes(5);

  private final InMemoryTransfers transfers = new InMemoryTransfers();
  private final ReconcileBulks reconcile = transfers.reconcileBulks(DEADLINE);

  @Test
  void reEnqueuesAStuckBulkAndRequestsSettlementOfAFinishedOne() {
    transfers.queues.makeUnreachable();
    String neverFannedOut = transfers.accepted(BulkCommands.aBulkOf(2).build());
    transfers.queues.makeReachable();
    List<TransferOrder> orders = transfers.fannedOut(BulkCommands.aBulkOf(1).build());
    transfers.executeTransfer().execute(orders.get(0), "delivery");
    transfers.queues.fanOuts.clear();
    transfers.clock.advance(DEADLINE.plusSeconds(1));

    ReconcileBulks.Pass pass = reconcile.reconcile();

    assertThat(pass).isEqualTo(new ReconcileBulks.Pass(1, 1, 0, 0));
    assertThat(transfers.queues.fanOuts).containsExactly(neverFannedOut);
    assertThat(transfers.queues.settlements).containsExactly(orders.get(0).bulkId());
  }

  @Test
  void leavesBulksYoungerThanTheDeadlineAndSettledBulksAlone() {
    List<TransferOrder> orders = transfers.fannedOut(BulkCommands.aBulkOf(1).build());
    transfers.executeTransfer().execute(orders.get(0), "delivery");
    transfers.settleBulk().settle(orders.get(0).bulkId(), "settlement");
    transfers.clock.advance(DEADLINE.plusSeconds(1));
    transfers.accepted(BulkCommands.aBulkOf(1).build());
    transfers.queues.fanOuts.clear();

    ReconcileBulks.Pass pass = reconcile.reconcile();

    assertThat(pass).isEqualTo(new ReconcileBulks.Pass(0, 0, 0, 0));
    assertThat(transfers.queues.fanOuts).isEmpty();
    assertThat(transfers.queues.settlements).isEmpty();
  }

  @Test
  void completesTheSubmissionOfAStuckBulkSoThatItsKeyReplays() {
    SubmitBulk neverCompleting =
        new SubmitBulk(
            transfers.bulks,
            (organization, key) -> {},
            transfers.queues,
            transfers.bulkSubmissions,
            transfers.clock,
            Duration.ofHours(24));
    SubmitBulk.Answer first =
        neverCompleting.submit(InMemoryTransfers.ADMIN, BulkCommands.aBulkOf(1).key("k").build());
    transfers.clock.advance(DEADLINE.plusSeconds(1));

    reconcile.reconcile();
    SubmitBulk.Answer again =
        transfers
            .submitBulk()
            .submit(InMemoryTransfers.ADMIN, BulkCommands.aBulkOf(1).key("k").build());

    assertThat(again.replayed()).isTrue();
    assertThat(again.json()).isEqualTo(first.json());
  }

  @Test
  void publishesExactlyOneSettledNoticeLeftBehindByACrashAfterTheSettlement() {
    String bulkId = settledWithItsNoticeLeftBehind();

    ReconcileBulks.Pass whileHeld = reconcile.reconcile();
    transfers.clock.advance(InMemoryTransfers.LEASE);
    ReconcileBulks.Pass due = reconcile.reconcile();
    ReconcileBulks.Pass again = reconcile.reconcile();

    assertThat(whileHeld.noticesPublished()).isZero();
    assertThat(due.noticesPublished()).isEqualTo(1);
    assertThat(again.noticesPublished()).isZero();
    assertThat(transfers.notices.timesPublished("bulk.settled:" + bulkId)).isEqualTo(1);
    assertThat(transfers.bulks.pendingOf(bulkId)).isEmpty();
  }

  @Test
  void aNoticeTheReconcilerCouldNotPublishWaitsForTheNextPass() {
    String bulkId = settledWithItsNoticeLeftBehind();
    transfers.clock.advance(InMemoryTransfers.LEASE);
    ReconcileBulks failing =
        new ReconcileBulks(
            transfers.bulks,
            transfers.bulks,
            transfers.queues,
            transfers.outbox(
                new DyingPublisher(transfers.notices, DyingPublisher.When.BEFORE_PUBLISHING)),
            transfers.clock,
            DEADLINE);

    ReconcileBulks.Pass failed = failing.reconcile();
    ReconcileBulks.Pass tooEarly = reconcile.reconcile();
    transfers.clock.advance(InMemoryTransfers.LEASE);
    ReconcileBulks.Pass next = reconcile.reconcile();

    assertThat(failed.bulksWithNoticesLeft()).isEqualTo(1);
    assertThat(tooEarly.noticesPublished()).as("the failed claim holds it one lease").isZero();
    assertThat(next.noticesPublished()).isEqualTo(1);
    assertThat(transfers.notices.timesPublished("bulk.settled:" + bulkId)).isEqualTo(1);
  }

  @Test
  void publishesATransferFailedNoticeLeftBehindByACrashAfterTheOutcome() {
    List<TransferOrder> orders =
        transfers.fannedOut(
            BulkCommands.aBulkOf(2).webhook("https://hooks.example.com/finflow").build());
    ExecuteTransfer dying =
        transfers.executeTransfer(
            transfers.bank,
            new DyingPublisher(transfers.notices, DyingPublisher.When.BEFORE_PUBLISHING));
    catchThrowableOfType(
        DyingPublisher.WorkerDied.class, () -> dying.execute(orders.get(1), "delivery"));
    transfers.executeTransfer().execute(orders.get(1), "delivery again");
    transfers.clock.advance(InMemoryTransfers.LEASE);

    ReconcileBulks.Pass pass = reconcile.reconcile();
    reconcile.reconcile();

    String noticeId = "transfer.failed:" + orders.get(1).bulkId() + ":1";
    assertThat(pass.noticesPublished()).isEqualTo(1);
    assertThat(transfers.notices.published).extracting(WebhookNotice::id).containsExactly(noticeId);
  }

  private String settledWithItsNoticeLeftBehind() {
    List<TransferOrder> orders =
        transfers.fannedOut(
            BulkCommands.aBulkOf(1).webhook("https://hooks.example.com/finflow").build());
    transfers.executeTransfer().execute(orders.get(0), "delivery");
    String bulkId = orders.get(0).bulkId();
    catchThrowableOfType(
        DyingPublisher.WorkerDied.class,
        () ->
            transfers
                .settleBulk(
                    new DyingPublisher(transfers.notices, DyingPublisher.When.BEFORE_PUBLISHING))
                .settle(bulkId, "settlement message"));
    assertThat(transfers.bulk(bulkId).status()).isEqualTo(BulkStatus.COMPLETED);
    return bulkId;
  }
}
