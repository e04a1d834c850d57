package com.finflow.transfers.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.transfers.BulkCommands;
import com.finflow.transfers.BulkMode;
import com.finflow.transfers.BulkStatus;
import com.finflow.transfers.CrashAfterPayment;
import com.finflow.transfers.ExecuteTransfer;
import com.finflow.transfers.GetBulk;
import com.finflow.transfers.GetBulkQuery;
import com.finflow.transfers.LedgerBank;
import com.finflow.transfers.ReconcileBulks;
import com.finflow.transfers.RecordingQueues;
import com.finflow.transfers.SubmitBulkCommand;
import com.finflow.transfers.TransferOrder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A bulk from fan-out to settlement, on DynamoDB Local, through duplicate deliveries, dying workers
 * and a lost fan-out.
 */
class BulkLifecycleTest extends BulksOnDynamoDb {

  @Test
  void executesEveryTransferOnceDespiteDuplicateDeliveriesAndSettlesOnce() throws Exception {
    LedgerBank bank = new LedgerBank(Set.of(CLOSED_ACCOUNT));
    String bulkId = acceptedBulkOf(8);
    fanOut.fanOut(bulkId);
    ExecuteTransfer execute = executeTransfer(bank);

    for (TransferOrder order : List.copyOf(queues.orders)) {
      execute.execute(order, "first delivery");
      execute.execute(order, "duplicate delivery");
    }
    boolean first = settle.settle(bulkId, "settlement message");
    boolean second = settle.settle(bulkId, "duplicate settlement message");

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(bank.answers).hasSize(8);
    long failed = 2 * 100 + 50 + 6 * 100 + 50; // transfers 1 and 5 go to the closed GB account
    long executed = BulkCommands.totalCents(8) - failed;
    assertThat(account())
        .containsEntry("balance_minor", String.valueOf(STARTING_BALANCE - executed))
        .containsEntry("reserved_minor", "0")
        .containsEntry("available_minor", String.valueOf(STARTING_BALANCE - executed));
    GetBulk.View view = getBulk.get(ADMIN, new GetBulkQuery(bulkId, 0, 100));
    assertThat(view.status()).isEqualTo(BulkStatus.PARTIALLY_COMPLETED.wireName());
    assertThat(view.counts()).isEqualTo(new GetBulk.Counts(6, 2, 0, 0));
    assertThat(view.amounts().failed()).isEqualTo("9.00");
    assertThat(view.transfers().get(1).failureReason()).contains("creditor account closed");
  }

  @Test
  void aWorkerThatDiesAfterTheBankCallPaysNothingTwiceWhenTheMessageReturns() {
    LedgerBank bank = new LedgerBank(Set.of());
    String bulkId = acceptedBulkOf(3);
    fanOut.fanOut(bulkId);
    CrashAfterPayment dying = new CrashAfterPayment(bank);
    ExecuteTransfer crashing = executeTransfer(dying);
    ExecuteTransfer healthy = executeTransfer(bank);

    for (TransferOrder order : List.copyOf(queues.orders)) {
      catchThrowableOfType(
          CrashAfterPayment.WorkerDied.class, () -> crashing.execute(order, "delivery 1"));
      healthy.execute(order, "delivery 2");
    }
    healthy.requestSettlementIfFinished(bulkId);

    assertThat(dying.crashes).hasValue(3);
    assertThat(bank.calls).hasValue(6);
    assertThat(bank.executedPayments()).isEqualTo(3);
    assertThat(queues.settlements).contains(bulkId);
    assertThat(getBulk.get(ADMIN, new GetBulkQuery(bulkId, 0, 10)).counts())
        .isEqualTo(new GetBulk.Counts(3, 0, 0, 0));
  }

  @Test
  void allOrNothingCancelsWhatWasNotExecutedAfterThePermanentFailure() {
    LedgerBank bank = new LedgerBank(Set.of(CLOSED_ACCOUNT));
    String bulkId =
        bulkIdOf(
            submit.submit(ADMIN, BulkCommands.aBulkOf(4).mode(BulkMode.ALL_OR_NOTHING).build()));
    fanOut.fanOut(bulkId);
    ExecuteTransfer execute = executeTransfer(bank);

    queues.orders.forEach(order -> execute.execute(order, "delivery"));
    settle.settle(bulkId, "settlement");

    GetBulk.View view = getBulk.get(ADMIN, new GetBulkQuery(bulkId, 0, 10));
    assertThat(view.counts()).isEqualTo(new GetBulk.Counts(1, 1, 2, 0));
    assertThat(view.status()).isEqualTo(BulkStatus.PARTIALLY_COMPLETED.wireName());
    assertThat(bank.executedPayments()).isEqualTo(1);
    assertThat(account())
        .containsEntry("reserved_minor", "0")
        .containsEntry("balance_minor", String.valueOf(STARTING_BALANCE - 150));
  }

  @Test
  void aTransferPaidJustBeforeItsAllOrNothingBulkWasCancelledIsRecordedAsExecutedNotCancelled() {
    LedgerBank bank = new LedgerBank(Set.of(CLOSED_ACCOUNT));
    String bulkId =
        bulkIdOf(
            submit.submit(ADMIN, BulkCommands.aBulkOf(3).mode(BulkMode.ALL_OR_NOTHING).build()));
    fanOut.fanOut(bulkId);
    List<TransferOrder> orders = List.copyOf(queues.orders);
    ExecuteTransfer dyingAfterThePayment = executeTransfer(new CrashAfterPayment(bank));
    ExecuteTransfer healthy = executeTransfer(bank);

    catchThrowableOfType(
        CrashAfterPayment.WorkerDied.class,
        () -> dyingAfterThePayment.execute(orders.get(0), "delivery 1"));
    healthy.execute(orders.get(1), "delivery 1");
    healthy.execute(orders.get(0), "delivery 2");
    healthy.execute(orders.get(2), "delivery 1");
    settle.settle(bulkId, "settlement");

    GetBulk.View view = getBulk.get(ADMIN, new GetBulkQuery(bulkId, 0, 10));
    assertThat(view.counts()).isEqualTo(new GetBulk.Counts(1, 1, 1, 0));
    assertThat(view.transfers().get(0).status()).isEqualTo("executed");
    assertThat(bank.executedPayments()).isEqualTo(1);
    assertThat(account())
        .containsEntry("balance_minor", String.valueOf(STARTING_BALANCE - 150))
        .containsEntry("reserved_minor", "0");
  }

  @Test
  void theReconcilerEnqueuesABulkWhoseFanOutWasLostAndCompletesItsSubmission() {
    queues.makeUnreachable();
    SubmitBulkCommand command = BulkCommands.aBulkOf(2).build();
    String bulkId = bulkIdOf(submit.submit(ADMIN, command));
    assertThat(queues.fanOuts).isEmpty();

    RecordingQueues recovered = new RecordingQueues();
    ReconcileBulks.Pass pass =
        new ReconcileBulks(
                records.open(),
                records.submissions(),
                recovered,
                outbox,
                Clock.systemUTC(),
                Duration.ZERO)
            .reconcile();

    assertThat(pass.reEnqueued()).isEqualTo(1);
    assertThat(recovered.fanOuts).containsExactly(bulkId);
    assertThat(submit.submit(ADMIN, command).replayed()).isTrue();
  }
}
