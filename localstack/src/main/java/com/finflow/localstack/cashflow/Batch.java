package com.finflow.localstack.cashflow;

import java.time.Instant;
import java.util.List;

/** One line of {@code batches.jsonl}: rows of one source in timestamp order. */
record Batch(Source source, String batchId, List<Row> rows) {

  Batch {
    rows = List.copyOf(rows);
  }

  Instant firstAt() {
    return rows.getFirst().at();
  }
}
