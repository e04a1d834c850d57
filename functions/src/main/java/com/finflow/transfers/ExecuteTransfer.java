package com.finflow.transfers;

import java.time.Clock;
import java.util.Optional;

/**
 * Executes one transfer exactly once, however often its message is delivered: the bank deduplicates
 * the payment on the transfer's key, and the outcome is recorded (and counted on the bulk) only if
 * none was recorded before. A failed transfer's {@code transfer.failed} notice is written to the
 * bulk's outbox with its outcome, then published; one left behind by a crash is published by the
 * reconciler. After a batch, {@link #requestSettlementIfFinished} asks once per bulk for settlement
 * of those whose last transfer has ended.
 */
public final class ExecuteTransfer {

  private final Bulks bulks;
  private final TransferLedger ledger;
  private final Bank bank;
  private final TransferQueues queues;
  private final DrainOutbox outbox;
  private final Clock clock;

  public ExecuteTransfer(
      Bulks bulks,
      TransferLedger ledger,
      Bank bank,
      TransferQueues queues,
      DrainOutbox outbox,
      Clock clock) {
    this.bulks = bulks;
    this.ledger = ledger;
    this.bank = bank;
    this.queues = queues;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * @param cause what caused this execution (the message id), kept in the audit trail
   */
  public void execute(TransferOrder order, String cause) {
    if (order.mode() == BulkMode.ALL_OR_NOTHING && !claimedBeforeAnyCancellation(order, cause)) {
      return;
    }
    switch (bank.pay(order)) {
      case Bank.BankAnswer.Executed executed ->
          record(
              order,
              TransferStatus.EXECUTED,
              Optional.empty(),
              Optional.of(executed.reference()),
              cause,
              Optional.empty());
      case Bank.BankAnswer.Rejected rejected -> {
        if (order.mode() == BulkMode.ALL_OR_NOTHING) {
          ledger.startCancelling(order.bulkId(), cause);
        }
        // Written with the outcome, so a crash after it leaves the notice in the outbox, not lost;
        // a duplicate delivery records nothing and so publishes nothing.
        Optional<OutboxNotice> notice =
            bulks
                .find(order.bulkId())
                .flatMap(
                    bulk ->
                        BulkNotices.transferFailed(
                            bulk, order.transfer().index(), rejected.reason()))
                .map(failed -> outbox.toWrite(order.bulkId(), failed));
        boolean recorded =
            record(
                order,
                TransferStatus.FAILED,
                Optional.of(rejected.reason()),
                Optional.empty(),
                cause,
                notice);
        if (recorded) {
          notice.ifPresent(outbox::publishHeld);
        }
      }
      case Bank.BankAnswer.Unavailable unavailable ->
          throw new BankUnavailable(order.paymentKey(), unavailable.reason());
    }
  }

  /**
   * All-or-nothing: a transfer is either cancelled before its payment is asked for, or claimed and
   * then executed whatever happens to the bulk meanwhile. The claim and the cancellation are
   * conditional writes on the same item, so exactly one wins, and a worker that dies after the bank
   * paid finds its claim and completes the payment (the bank answers the same again) instead of
   * cancelling money that already left.
   */
  private boolean claimedBeforeAnyCancellation(TransferOrder order, String cause) {
    boolean bulkOpen =
        bulks.find(order.bulkId()).map(bulk -> bulk.status() == BulkStatus.ACCEPTED).orElse(false);
    if (bulkOpen) {
      return ledger.claim(order, cause);
    }
    boolean cancelled =
        ledger.recordOutcome(
            order,
            new TransferOutcome(
                order.transfer().index(),
                TransferStatus.CANCELLED,
                Optional.of("another transfer of the bulk failed"),
                Optional.empty(),
                clock.instant()),
            cause);
    // Not cancelled: the transfer had been claimed (go on and complete it) or had already ended
    // (claim says so).
    return !cancelled && ledger.claim(order, cause);
  }

  private boolean record(
      TransferOrder order,
      TransferStatus status,
      Optional<String> reason,
      Optional<String> reference,
      String cause,
      Optional<OutboxNotice> notice) {
    return ledger.recordOutcome(
        order,
        new TransferOutcome(order.transfer().index(), status, reason, reference, clock.instant()),
        cause,
        notice);
  }

  /**
   * Requests settlement when every transfer of the bulk has ended. Called after duplicates too:
   * that also recovers a settlement request that was lost.
   */
  public void requestSettlementIfFinished(String bulkId) {
    bulks
        .find(bulkId)
        .filter(bulk -> bulk.allTransfersFinished() && !bulk.status().settled())
        .ifPresent(bulk -> queues.settle(bulk.id()));
  }
}
