package com.finflow.cashflow;

import com.finflow.shared.failure.InvalidInput;
import java.util.Map;

/** The batch id was already used for other rows: this batch is refused whole. */
public final class BatchIdReused extends InvalidInput {

  public BatchIdReused(String batchId) {
    super(
        "idempotency-key-reused",
        "the batch id " + batchId + " was already used for different rows",
        Map.of("batch_id", batchId));
  }
}
