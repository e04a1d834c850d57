package com.finflow.transfers;

import java.util.List;

/** The transfers of a bulk as they were submitted, and how those that ended ended. */
public interface BulkTransfers {

  /** The transfers of the bulk as submitted, in order. */
  List<CreditTransfer> transfersOf(String bulkId);

  /**
   * Outcomes recorded so far, in transfer order, of the transfers {@code fromIndex} to {@code
   * fromIndex + limit - 1}.
   */
  List<TransferOutcome> outcomes(String bulkId, int fromIndex, int limit);
}
