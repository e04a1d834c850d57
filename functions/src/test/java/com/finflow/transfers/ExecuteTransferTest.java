package com.finflow.transfers;

import static com.finflow.transfers.InMemoryTransfers.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.money.Money;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExecuteTransferTest {

  private final InMemoryTransfers transfers = new InMemoryTransfers();
  private final ExecuteTransfer execute = transfers.executeTransfer();

  @Test
  void paysTheTransferAndCountsItAsExecuted() {
    List<TransferOrder> orders = transfers.fannedOut(BulkCommands.aBulkOf(1).build());

    execute.execute(orders.get(0), "message 1");

    Bulk bulk = transfers.bulk(orders.get(0).bulkId());
    assertThat(transfers.bank.executedPayments()).isEqualTo(1);
    assertThat(bulk.tally().executed()).isEqualTo(1);
    assertThat(bulk.tally().executedAmount()).isEqualTo(new Money(1_50, EUR));
    assertThat(transfers.bulks.outcomes(bulk.id(), 0, 1))
        .singleElement()
        .satisfies(outcome -> assertThat(outcome.bankReference()).isPresent());
  }

  @Test
  void aDuplicateDeliveryPaysOnceAndCountsOnce() {
    List<TransferOrder> orders = transfers.fannedOut(BulkCommands.aBulkOf(2).build());

    execute.execute(orders.get(0), "message 1");
    execute.execute(orders.get(0), "message 1 again");

    Bulk bulk = transfers.bulk(orders.get(0).bulkId());
    assertThat(transfers.bank.executedPayments()).isEqualTo(1);
    assertThat(bulk.tally().executed()).isEqualTo(1);
    assertThat(bulk.pending()).isEqualTo(1);
  }

  @Test
  void aRejectedTransferOfAPartialBulkFailsAloneAndIsNoticedToTheWebhook() {
    List<TransferOrder> orders =
        transfers.fannedOut(
            BulkCommands.aBulkOf(3).webhook("https://hooks.example.com/finflow").build());
    String bulkId = orders.get(0).bulkId();

    orders.forEach(order -> execute.execute(order, "delivery"));

    Bulk bulk = transfers.bulk(bulkId);
    assertThat(bulk.status()).isEqualTo(BulkStatus.ACCEPTED);
    assertThat(bulk.tally())
        .extracting(Tally::executed, Tally::failed, Tally::cancelled)
        .containsExactly(2, 1, 0);
    assertThat(transfers.bulks.outcomes(bulkId, 1, 1).get(0).reason())
        .contains("creditor account closed");
    assertThat(transfers.notices.distinctIds()).containsExactly("transfer.failed:" + bulkId + ":1");
  }

  @Test
  void aRejectedTransferDeliveredTwiceIsNoticedOnce() {
    List<TransferOrder> orders =
        transfers.fannedOut(
            BulkCommands.aBulkOf(2).webhook("https://hooks.example.com/finflow").build());

    execute.execute(orders.get(1), "delivery");
    execute.execute(orders.get(1), "delivery again");

    String noticeId = "transfer.failed:" + orders.get(1).bulkId() + ":1";
    assertThat(transfers.notices.timesPublished(noticeId)).isEqualTo(1);
    assertThat(transfers.bulks.pendingOf(orders.get(1).bulkId())).isEmpty();
  }

  @Test
  void aCrashBetweenTheFailedOutcomeAndItsNoticeLeavesTheNoticeInTheOutbox() {
    List<TransferOrder> orders =
        transfers.fannedOut(
            BulkCommands.aBulkOf(2).webhook("https://hooks.example.com/finflow").build());
    String bulkId = orders.get(1).bulkId();
    ExecuteTransfer dying =
        transfers.executeTransfer(
            transfers.bank,
            new DyingPublisher(transfers.notices, DyingPublisher.When.BEFORE_PUBLISHING));

    DyingPublisher.WorkerDied died =
        catchThrowableOfType(
            DyingPublisher.WorkerDied.class, () -> dying.execute(orders.get(1), "delivery"));
    execute.execute(orders.get(1), "delivery again");

    assertThat(died).isNotNull();
    assertThat(transfers.bulk(bulkId).tally().failed()).isEqualTo(1);
    assertThat(transfers.notices.published).isEmpty();
    assertThat(transfers.bulks.pendingOf(bulkId))
        .extracting(pending -> pending.notice().id())
        .containsExactly("transfer.failed:" + bulkId + ":1");
  }

  @Test
  void anExecutedTransferWritesNoNotice() {
    List<TransferOrder> orders =
        transfers.fannedOut(
            BulkCommands.aBulkOf(1).webhook("https://hooks.example.com/finflow").build());

    execute.execute(orders.get(0), "delivery");

    assertThat(transfers.notices.published).isEmpty();
    assertThat(transfers.bulks.pendingOf(orders.get(0).bulkId())).isEmpty();
  }

  @Test
  void aBankOutageRecordsNothingSoTheMessageIsRetried() {
    List<TransferOrder> orders = transfers.fannedOut(BulkCommands.aBulkOf(1).build());
    ExecuteTransfer duringOutage =
        transfers.executeTransfer(order -> new Bank.BankAnswer.Unavailable("bank down"));

    BankUnavailable unavailable =
        catchThrowableOfType(
            BankUnavailable.class, () -> duringOutage.execute(orders.get(0), "message 1"));
    execute.execute(orders.get(0), "message 1 retried");

    assertThat(unavailable.getMessage()).contains("bank down");
    assertThat(transfers.bulk(orders.get(0).bulkId()).tally().executed()).isEqualTo(1);
  }

  @Test
  void aWorkerThatDiesAfterTheBankPaidPaysNothingTwiceWhenTheMessageReturns() {
    List<TransferOrder> orders = transfers.fannedOut(BulkCommands.aBulkOf(3).build());
    LedgerBank bank = new LedgerBank(Set.of());
    CrashAfterPayment dying = new CrashAfterPayment(bank);
    ExecuteTransfer crashing = transfers.executeTransfer(dying);
    ExecuteTransfer healthy = transfers.executeTransfer(bank);

    for (TransferOrder order : orders) {
      catchThrowableOfType(
          CrashAfterPayment.WorkerDied.class, () -> crashing.execute(order, "delivery 1"));
      healthy.execute(order, "delivery 2");
    }

    assertThat(dying.crashes).hasValue(3);
    assertThat(bank.calls).hasValue(6);
    assertThat(bank.executedPayments()).isEqualTo(3);
    assertThat(transfers.bulk(orders.get(0).bulkId()).tally().executed()).isEqualTo(3);
  }

  @Test
  void allOrNothingARejectionCancelsTheTransfersNotYetClaimed() {
    List<TransferOrder> orders =
        transfers.fannedOut(BulkCommands.aBulkOf(4).mode(BulkMode.ALL_OR_NOTHING).build());
    String bulkId = orders.get(0).bulkId();

    orders.forEach(order -> execute.execute(order, "delivery"));

    Bulk bulk = transfers.bulk(bulkId);
    assertThat(bulk.status()).isEqualTo(BulkStatus.CANCELLING);
    assertThat(bulk.tally())
        .extracting(Tally::executed, Tally::failed, Tally::cancelled)
        .containsExactly(1, 1, 2);
    assertThat(transfers.bank.executedPayments()).isEqualTo(1);
    assertThat(transfers.bank.calls).hasValue(2);
    assertThat(transfers.bulks.outcomes(bulkId, 2, 1).get(0).reason())
        .contains("another transfer of the bulk failed");
  }

  @Test
  void allOrNothingATransferClaimedBeforeTheRejectionIsCompletedNotCancelled() {
    List<TransferOrder> orders =
        transfers.fannedOut(BulkCommands.aBulkOf(3).mode(BulkMode.ALL_OR_NOTHING).build());
    String bulkId = orders.get(0).bulkId();
    ExecuteTransfer dyingAfterThePayment =
        transfers.executeTransfer(new CrashAfterPayment(transfers.bank));

    catchThrowableOfType(
        CrashAfterPayment.WorkerDied.class,
        () -> dyingAfterThePayment.execute(orders.get(0), "delivery 1"));
    execute.execute(orders.get(1), "delivery 1");
    execute.execute(orders.get(0), "delivery 2");
    execute.execute(orders.get(2), "delivery 1");

    Bulk bulk = transfers.bulk(bulkId);
    assertThat(bulk.tally())
        .extracting(Tally::executed, Tally::failed, Tally::cancelled)
        .containsExactly(1, 1, 1);
    assertThat(transfers.bulks.outcomes(bulkId, 0, 1).get(0).status())
        .isEqualTo(TransferStatus.EXECUTED);
    assertThat(transfers.bank.executedPayments()).isEqualTo(1);
  }

  @Test
  void requestsSettlementOnlyOnceEveryTransferOfTheBulkHasEnded() {
    List<TransferOrder> orders = transfers.fannedOut(BulkCommands.aBulkOf(2).build());
    String bulkId = orders.get(0).bulkId();

    execute.execute(orders.get(0), "delivery");
    execute.requestSettlementIfFinished(bulkId);
    List<String> afterTheFirst = List.copyOf(transfers.queues.settlements);
    execute.execute(orders.get(1), "delivery");
    execute.requestSettlementIfFinished(bulkId);

    assertThat(afterTheFirst).isEmpty();
    assertThat(transfers.queues.settlements).containsExactly(bulkId);
  }

  @Test
  void requestsNoSettlementOfABulkAlreadySettled() {
    List<TransferOrder> orders = transfers.fannedOut(BulkCommands.aBulkOf(1).build());
    String bulkId = orders.get(0).bulkId();
    execute.execute(orders.get(0), "delivery");
    transfers.settleBulk().settle(bulkId, "settlement");

    execute.requestSettlementIfFinished(bulkId);

    assertThat(transfers.queues.settlements).isEmpty();
  }
}
