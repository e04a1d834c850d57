package com.finflow.transfers;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enqueues every transfer of a bulk that has no outcome yet, one message each, and requests
 * settlement when nothing is left to execute.
 */
public final class FanOutBulk {

  private final Bulks bulks;
  private final BulkTransfers transfers;
  private final FanOutProgress progress;
  private final TransferQueues queues;

  public FanOutBulk(
      Bulks bulks, BulkTransfers transfers, FanOutProgress progress, TransferQueues queues) {
    this.bulks = bulks;
    this.transfers = transfers;
    this.progress = progress;
    this.queues = queues;
  }

  public void fanOut(String bulkId) {
    Bulk bulk =
        bulks.find(bulkId).orElseThrow(() -> new IllegalStateException("no bulk " + bulkId));
    if (bulk.status().settled()) {
      return;
    }
    // A first fan-out has nothing to skip; a repeated one (reconciler, redelivery) skips what
    // already ended.
    Set<Integer> ended =
        bulk.fannedOut() || bulk.tally().finished() > 0
            ? transfers.outcomes(bulkId, 0, bulk.transferCount()).stream()
                .map(TransferOutcome::index)
                .collect(Collectors.toSet())
            : Set.of();
    List<TransferOrder> orders =
        transfers.transfersOf(bulkId).stream()
            .filter(transfer -> !ended.contains(transfer.index()))
            .map(
                transfer ->
                    new TransferOrder(
                        bulkId, bulk.organizationId(), bulk.mode(), bulk.accountIban(), transfer))
            .toList();
    queues.execute(orders);
    if (!bulk.fannedOut()) {
      progress.markFannedOut(bulkId);
    }
    if (orders.isEmpty() && bulk.allTransfersFinished()) {
      queues.settle(bulkId);
    }
  }
}
