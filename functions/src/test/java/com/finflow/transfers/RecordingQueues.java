package com.finflow.transfers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Queues that keep what was sent, for tests to deliver (once, twice, never) as they please. */
public final class RecordingQueues implements TransferQueues {

  public final List<String> fanOuts = new CopyOnWriteArrayList<>();
  public final List<TransferOrder> orders = new CopyOnWriteArrayList<>();
  public final List<String> settlements = new CopyOnWriteArrayList<>();
  private volatile boolean unreachable;

  public void makeUnreachable() {
    unreachable = true;
  }

  public void makeReachable() {
    unreachable = false;
  }

  @Override
  public void fanOut(String bulkId) {
    if (unreachable) {
      throw new IllegalStateException("queue unreachable");
    }
    fanOuts.add(bulkId);
  }

  @Override
  public void execute(List<TransferOrder> batch) {
    orders.addAll(batch);
  }

  @Override
  public void settle(String bulkId) {
    settlements.add(bulkId);
  }
}
