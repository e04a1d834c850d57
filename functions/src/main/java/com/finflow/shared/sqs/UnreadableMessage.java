package com.finflow.shared.sqs;

/**
 * A message no retry can ever process (not the expected JSON): a poison message, bound for the
 * dead-letter queue.
 */
public final class UnreadableMessage extends RuntimeException {

  public UnreadableMessage(String what) {
    super(what, null, false, false);
  }
}
