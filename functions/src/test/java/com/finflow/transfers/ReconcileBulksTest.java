package com.finflow.transfers;

import static org.assertj.core.api.Assertions.assertThat;

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

    assertThat(pass).isEqualTo(new ReconcileBulks.Pass(1, 1));
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

    assertThat(pass).isEqualTo(new ReconcileBulks.Pass(0, 0));
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
}
