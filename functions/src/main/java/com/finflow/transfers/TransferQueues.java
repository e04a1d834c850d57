package com.finflow.transfers;

import java.util.List;

/**
 * The queues that carry a bulk through execution and settlement; every message may be delivered
 * more than once.
 */
public interface TransferQueues {

  /** Asks for the bulk's transfers to be enqueued one by one. */
  void fanOut(String bulkId);

  void execute(List<TransferOrder> orders);

  void settle(String bulkId);
}
