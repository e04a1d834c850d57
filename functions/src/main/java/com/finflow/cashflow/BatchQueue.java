package com.finflow.cashflow;

/** Where accepted batches wait to be applied (the ingestion queue). */
public interface BatchQueue {

  void send(String organizationId, Batch batch);
}
