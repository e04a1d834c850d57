package com.finflow.cashflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The ingestion and release queues in memory: what was sent, in order, for tests to deliver. */
public final class InMemoryCashflowQueues implements BatchQueue, ReleaseRequests {

  public final List<Batch> queued = new ArrayList<>();
  final List<String> releaseRequests = new ArrayList<>();

  @Override
  public synchronized void send(String organizationId, Batch batch) {
    queued.add(batch);
  }

  @Override
  public synchronized void request(String organizationId, String currency, LocalDate from) {
    releaseRequests.add(currency + "|" + from);
  }
}
