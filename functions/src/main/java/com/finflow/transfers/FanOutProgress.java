package com.finflow.transfers;

/**
 * Whether a bulk's transfers have been enqueued once: a later fan-out then skips those that already
 * ended.
 */
public interface FanOutProgress {

  void markFannedOut(String bulkId);
}
