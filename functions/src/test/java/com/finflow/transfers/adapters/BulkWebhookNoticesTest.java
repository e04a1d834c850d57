package com.finflow.transfers.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.transfers.BulkCommands;
import com.finflow.transfers.DrainOutbox;
import com.finflow.transfers.DyingPublisher;
import com.finflow.transfers.ExecuteTransfer;
import com.finflow.transfers.LedgerBank;
import com.finflow.transfers.ReconcileBulks;
import com.finflow.transfers.RecordingQueues;
import com.finflow.transfers.SettleBulk;
import com.finflow.webhooks.WebhookNotice;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A bulk's webhook notices on DynamoDB Local: each published once, even when the worker that
 * settled the bulk died before publishing.
 */
class BulkWebhookNoticesTest extends BulksOnDynamoDb {

  @Test
  void noticesTheSettlementAndEachFailedTransferOnceToTheBulksWebhook() {
    LedgerBank bank = new LedgerBank(Set.of(CLOSED_ACCOUNT));
    String bulkId =
        bulkIdOf(
            submit.submit(
                ADMIN,
                BulkCommands.aBulkOf(2).webhook("https://hooks.example.com/finflow").build()));
    fanOut.fanOut(bulkId);
    ExecuteTransfer execute = executeTransfer(bank);
    queues.orders.forEach(order -> execute.execute(order, "delivery"));
    queues.orders.forEach(order -> execute.execute(order, "duplicate delivery"));

    settle.settle(bulkId, "settlement");
    settle.settle(bulkId, "duplicate settlement");

    assertThat(published.published)
        .extracting(WebhookNotice::id)
        .containsExactlyInAnyOrder("transfer.failed:" + bulkId + ":1", "bulk.settled:" + bulkId);
    assertThat(records.outbox().pendingOf(bulkId)).as("the outbox once published").isEmpty();
    WebhookNotice settled =
        published.published.stream()
            .filter(notice -> notice.id().equals("bulk.settled:" + bulkId))
            .findFirst()
            .orElseThrow();
    assertThat(settled.type()).isEqualTo("bulk.settled");
    assertThat(settled.subject()).isEqualTo("bulk/" + bulkId);
    assertThat(settled.url()).hasToString("https://hooks.example.com/finflow");
    assertThat(settled.data()).containsEntry("status", "partially_completed");
  }

  @Test
  void aSettledNoticeLeftBehindByACrashIsPublishedOnceByTheReconciler() {
    String bulkId =
        bulkIdOf(
            submit.submit(
                ADMIN,
                BulkCommands.aBulkOf(1).webhook("https://hooks.example.com/finflow").build()));
    fanOut.fanOut(bulkId);
    ExecuteTransfer execute = executeTransfer(new LedgerBank(Set.of()));
    queues.orders.forEach(order -> execute.execute(order, "delivery"));
    // The dying worker's lease is over at once, so the reconciler need not wait for it.
    SettleBulk dying =
        new SettleBulk(
            records.bulks(),
            records.settlement(),
            new DrainOutbox(
                records.outbox(),
                new DyingPublisher(published, DyingPublisher.When.BEFORE_PUBLISHING),
                Clock.systemUTC(),
                Duration.ZERO));
    ReconcileBulks reconcile =
        new ReconcileBulks(
            records.open(),
            records.submissions(),
            new RecordingQueues(),
            outbox,
            Clock.systemUTC(),
            Duration.ofHours(1));

    catchThrowableOfType(DyingPublisher.WorkerDied.class, () -> dying.settle(bulkId, "settlement"));
    List<Integer> leftBehind =
        List.of(records.outbox().pendingOf(bulkId).size(), published.published.size());
    ReconcileBulks.Pass first = reconcile.reconcile();
    ReconcileBulks.Pass second = reconcile.reconcile();

    assertThat(leftBehind).containsExactly(1, 0);
    assertThat(first.noticesPublished()).isEqualTo(1);
    assertThat(second.noticesPublished()).isZero();
    assertThat(published.published)
        .extracting(WebhookNotice::id)
        .containsExactly("bulk.settled:" + bulkId);
    assertThat(records.outbox().pendingOf(bulkId)).isEmpty();
  }
}
