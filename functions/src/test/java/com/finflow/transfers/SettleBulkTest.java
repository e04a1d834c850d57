package com.finflow.transfers;

import static com.finflow.transfers.InMemoryTransfers.EUR;
import static com.finflow.transfers.InMemoryTransfers.STARTING_BALANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.money.Money;
import com.finflow.webhooks.WebhookNotice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettleBulkTest {

  private final InMemoryTransfers transfers = new InMemoryTransfers();
  private final SettleBulk settle = transfers.settleBulk();

  @Test
  void debitsOnlyWhatWasExecutedAndReleasesTheWholeReservation() {
    String bulkId = executedBulkOf(BulkCommands.aBulkOf(4).build());

    boolean settled = settle.settle(bulkId, "settlement message");

    long failed = 2_50; // transfer 1 goes to the closed account
    long executed = BulkCommands.totalCents(4) - failed;
    assertThat(settled).isTrue();
    assertThat(transfers.account().balance())
        .isEqualTo(new Money(STARTING_BALANCE - executed, EUR));
    assertThat(transfers.account().reserved()).isEqualTo(Money.zero(EUR));
    assertThat(transfers.account().available()).isEqualTo(transfers.account().balance());
    Bulk bulk = transfers.bulk(bulkId);
    assertThat(bulk.status()).isEqualTo(BulkStatus.PARTIALLY_COMPLETED);
    assertThat(bulk.settledAt()).contains(transfers.clock.instant());
  }

  @Test
  void settlesOnceHoweverOftenItIsAskedAndPublishesItsNoticeOnce() {
    String bulkId =
        executedBulkOf(
            BulkCommands.aBulkOf(2).webhook("https://hooks.example.com/finflow").build());

    boolean first = settle.settle(bulkId, "settlement message");
    boolean second = settle.settle(bulkId, "duplicate settlement message");

    long executed = 1_50;
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(transfers.account().balance())
        .isEqualTo(new Money(STARTING_BALANCE - executed, EUR));
    assertThat(transfers.notices.published)
        .extracting(WebhookNotice::id)
        .containsExactly("transfer.failed:" + bulkId + ":1", "bulk.settled:" + bulkId);
    assertThat(transfers.bulks.pendingOf(bulkId)).as("the outbox once published").isEmpty();
  }

  @Test
  void theNoticeTellsTheSettlementAsItWasMade() {
    String bulkId =
        executedBulkOf(
            BulkCommands.aBulkOf(2).webhook("https://hooks.example.com/finflow").build());

    settle.settle(bulkId, "settlement message");

    WebhookNotice notice = transfers.notices.published.get(1);
    assertThat(notice.type()).isEqualTo("bulk.settled");
    assertThat(notice.data())
        .containsEntry("status", "partially_completed")
        .containsEntry("counts", Map.of("executed", 1, "failed", 1, "cancelled", 0));
  }

  @Test
  void aCrashBetweenSettlementAndNoticeLeavesTheNoticeInTheOutbox() {
    String bulkId =
        executedBulkOf(
            BulkCommands.aBulkOf(2).webhook("https://hooks.example.com/finflow").build());
    DyingPublisher dying =
        new DyingPublisher(transfers.notices, DyingPublisher.When.BEFORE_PUBLISHING);

    DyingPublisher.WorkerDied died =
        catchThrowableOfType(
            DyingPublisher.WorkerDied.class,
            () -> transfers.settleBulk(dying).settle(bulkId, "settlement message"));

    assertThat(died).isNotNull();
    assertThat(transfers.bulk(bulkId).status()).isEqualTo(BulkStatus.PARTIALLY_COMPLETED);
    assertThat(transfers.account().reserved()).isEqualTo(Money.zero(EUR));
    assertThat(transfers.notices.timesPublished("bulk.settled:" + bulkId)).isZero();
    assertThat(transfers.bulks.pendingOf(bulkId))
        .singleElement()
        .satisfies(
            pending -> {
              assertThat(pending.notice().id()).isEqualTo("bulk.settled:" + bulkId);
              assertThat(pending.dueAt())
                  .isEqualTo(transfers.clock.instant().plus(InMemoryTransfers.LEASE));
            });
  }

  @Test
  void aRepeatedSettlementPublishesANoticeLeftBehindOnceItsWriterCannotBeAliveAnyMore() {
    String bulkId =
        executedBulkOf(
            BulkCommands.aBulkOf(2).webhook("https://hooks.example.com/finflow").build());
    catchThrowableOfType(
        DyingPublisher.WorkerDied.class,
        () ->
            transfers
                .settleBulk(
                    new DyingPublisher(transfers.notices, DyingPublisher.When.BEFORE_PUBLISHING))
                .settle(bulkId, "settlement message"));

    boolean repeatedAtOnce = settle.settle(bulkId, "settlement message again");
    long publishedWhileHeld = transfers.notices.timesPublished("bulk.settled:" + bulkId);
    transfers.clock.advance(InMemoryTransfers.LEASE);
    settle.settle(bulkId, "settlement message once more");
    settle.settle(bulkId, "and once more");

    assertThat(repeatedAtOnce).isFalse();
    assertThat(publishedWhileHeld).isZero();
    assertThat(transfers.notices.timesPublished("bulk.settled:" + bulkId)).isEqualTo(1);
    assertThat(transfers.bulks.pendingOf(bulkId)).isEmpty();
  }

  @Test
  void aCrashAfterPublishingRepublishesTheSameNoticeOnceDue() {
    String bulkId =
        executedBulkOf(
            BulkCommands.aBulkOf(2).webhook("https://hooks.example.com/finflow").build());
    catchThrowableOfType(
        DyingPublisher.WorkerDied.class,
        () ->
            transfers
                .settleBulk(
                    new DyingPublisher(transfers.notices, DyingPublisher.When.AFTER_PUBLISHING))
                .settle(bulkId, "settlement message"));
    transfers.clock.advance(InMemoryTransfers.LEASE);

    settle.settle(bulkId, "settlement message again");
    settle.settle(bulkId, "settlement message once more");

    // Published twice under one id: the delivery log records it once (see PublishWebhookTest).
    assertThat(transfers.notices.timesPublished("bulk.settled:" + bulkId)).isEqualTo(2);
    assertThat(transfers.bulks.pendingOf(bulkId)).isEmpty();
  }

  @Test
  void doesNotSettleABulkWithPendingTransfers() {
    List<TransferOrder> orders =
        transfers.fannedOut(BulkCommands.aBulkOf(2).webhook("https://hooks.example.com/h").build());
    transfers.executeTransfer().execute(orders.get(0), "delivery");

    boolean settled = settle.settle(orders.get(0).bulkId(), "early settlement message");

    assertThat(settled).isFalse();
    assertThat(transfers.bulk(orders.get(0).bulkId()).status()).isEqualTo(BulkStatus.ACCEPTED);
    assertThat(transfers.account().reserved())
        .isEqualTo(new Money(BulkCommands.totalCents(2), EUR));
    assertThat(transfers.notices.published).isEmpty();
    assertThat(transfers.bulks.pendingOf(orders.get(0).bulkId())).isEmpty();
  }

  @Test
  void aBulkWhoseEveryTransferFailedSettlesFailedAndDebitsNothing() {
    String bulkId =
        executedBulkOf(
            BulkCommands.aBulkOf(1)
                .counterpartyAt(0, InMemoryTransfers.CLOSED_ACCOUNT, "BUKBGB22XXX")
                .build());

    settle.settle(bulkId, "settlement message");

    assertThat(transfers.bulk(bulkId).status()).isEqualTo(BulkStatus.FAILED);
    assertThat(transfers.account().balance()).isEqualTo(new Money(STARTING_BALANCE, EUR));
    assertThat(transfers.account().reserved()).isEqualTo(Money.zero(EUR));
  }

  @Test
  void aBulkWhoseEveryTransferWasExecutedSettlesCompleted() {
    String bulkId = executedBulkOf(BulkCommands.aBulkOf(1).build());

    settle.settle(bulkId, "settlement message");

    assertThat(transfers.bulk(bulkId).status()).isEqualTo(BulkStatus.COMPLETED);
  }

  @Test
  void anUnknownBulkIsNotSettled() {
    assertThat(settle.settle("no-such-bulk", "settlement message")).isFalse();
  }

  @Test
  void noNoticeWithoutAWebhookUrl() {
    String bulkId = executedBulkOf(BulkCommands.aBulkOf(2).build());

    settle.settle(bulkId, "settlement message");

    assertThat(transfers.notices.published).isEmpty();
    assertThat(transfers.bulks.pendingOf(bulkId)).isEmpty();
  }

  private String executedBulkOf(SubmitBulkCommand command) {
    List<TransferOrder> orders = transfers.fannedOut(command);
    ExecuteTransfer execute = transfers.executeTransfer();
    orders.forEach(order -> execute.execute(order, "delivery"));
    return orders.get(0).bulkId();
  }
}
