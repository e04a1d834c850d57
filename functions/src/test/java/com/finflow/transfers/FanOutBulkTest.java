package com.finflow.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FanOutBulkTest {

  private final InMemoryTransfers transfers = new InMemoryTransfers();
  private final FanOutBulk fanOut = transfers.fanOutBulk();

  @Test
  void enqueuesEveryTransferOnceWithWhatItsExecutionNeedsAndMarksTheBulk() {
    String bulkId =
        transfers.accepted(BulkCommands.aBulkOf(3).mode(BulkMode.ALL_OR_NOTHING).build());

    fanOut.fanOut(bulkId);

    assertThat(transfers.queues.orders)
        .extracting(order -> order.transfer().index())
        .containsExactly(0, 1, 2);
    assertThat(transfers.queues.orders)
        .allSatisfy(
            order -> {
              assertThat(order.bulkId()).isEqualTo(bulkId);
              assertThat(order.organizationId())
                  .isEqualTo(InMemoryTransfers.ADMIN.organizationId());
              assertThat(order.mode()).isEqualTo(BulkMode.ALL_OR_NOTHING);
              assertThat(order.debtorIban()).isEqualTo(BulkCommands.ORGANIZATION_IBAN);
            });
    assertThat(transfers.bulk(bulkId).fannedOut()).isTrue();
    assertThat(transfers.queues.settlements).isEmpty();
  }

  @Test
  void aRepeatedFanOutSkipsTheTransfersThatEnded() {
    List<TransferOrder> orders = transfers.fannedOut(BulkCommands.aBulkOf(3).build());
    transfers.executeTransfer().execute(orders.get(1), "delivery");
    transfers.queues.orders.clear();

    fanOut.fanOut(orders.get(0).bulkId());

    assertThat(transfers.queues.orders)
        .extracting(order -> order.transfer().index())
        .containsExactly(0, 2);
  }

  @Test
  void requestsSettlementWhenNothingIsLeftToExecute() {
    List<TransferOrder> orders = transfers.fannedOut(BulkCommands.aBulkOf(2).build());
    orders.forEach(order -> transfers.executeTransfer().execute(order, "delivery"));
    transfers.queues.orders.clear();

    fanOut.fanOut(orders.get(0).bulkId());

    assertThat(transfers.queues.orders).isEmpty();
    assertThat(transfers.queues.settlements).containsExactly(orders.get(0).bulkId());
  }

  @Test
  void aSettledBulkIsNotFannedOutAgain() {
    List<TransferOrder> orders = transfers.fannedOut(BulkCommands.aBulkOf(1).build());
    transfers.executeTransfer().execute(orders.get(0), "delivery");
    transfers.settleBulk().settle(orders.get(0).bulkId(), "settlement");
    transfers.queues.orders.clear();

    fanOut.fanOut(orders.get(0).bulkId());

    assertThat(transfers.queues.orders).isEmpty();
    assertThat(transfers.queues.settlements).isEmpty();
  }
}
