package com.finflow.transfers;

import static com.finflow.transfers.InMemoryTransfers.EUR;
import static com.finflow.transfers.InMemoryTransfers.STARTING_BALANCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.shared.money.Money;
import com.finflow.webhooks.WebhookNotice;
import java.util.List;
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
  void settlesOnceHoweverOftenItIsAskedAndNoticesTheSameSettlement() {
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
        .extracting(WebhookNotice::type)
        .containsOnly("transfer.failed", "bulk.settled");
    List<WebhookNotice> settledNotices =
        transfers.notices.published.stream()
            .filter(notice -> notice.type().equals("bulk.settled"))
            .toList();
    // Published again after a repeat (a lost notice is recovered that way); the one id keeps its
    // delivery single.
    assertThat(settledNotices).extracting(WebhookNotice::id).containsOnly("bulk.settled:" + bulkId);
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
  }

  private String executedBulkOf(SubmitBulkCommand command) {
    List<TransferOrder> orders = transfers.fannedOut(command);
    ExecuteTransfer execute = transfers.executeTransfer();
    orders.forEach(order -> execute.execute(order, "delivery"));
    return orders.get(0).bulkId();
  }
}
