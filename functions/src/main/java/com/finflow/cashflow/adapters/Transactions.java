package com.finflow.cashflow.adapters;

import com.finflow.shared.aws.Items;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Commits a step's transaction: true when it committed, false when a condition refused it (the
 * caller re-reads and decides again). Steps of concurrent batches touch the same aggregates, and
 * DynamoDB cancels a transaction that meets another one in progress on an item
 * (TransactionConflict): that is retried here after a short jittered pause.
 */
final class Transactions {

  private static final int ATTEMPTS = 12;

  private Transactions() {}

  static boolean commit(DynamoDbClient dynamoDb, List<TransactWriteItem> writes) {
    for (int attempt = 1; ; attempt++) {
      try {
        dynamoDb.transactWriteItems(request -> request.transactItems(writes));
        return true;
      } catch (TransactionCanceledException e) {
        if (refusedByCondition(e)) {
          return false;
        }
        if (attempt == ATTEMPTS || !conflicted(e)) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  /** Which write's condition refused the transaction, or -1. */
  static int refusedAt(TransactionCanceledException e) {
    return firstWith(e, "ConditionalCheckFailed");
  }

  /**
   * Which write was refused for the size its item would reach (code {@code ValidationError}, "Item
   * size to update has exceeded the maximum allowed size"), or -1.
   */
  static int oversizedAt(TransactionCanceledException e) {
    return firstWith(e, "ValidationError");
  }

  private static int firstWith(TransactionCanceledException e, String code) {
    if (!e.hasCancellationReasons()) {
      return -1;
    }
    List<CancellationReason> reasons = e.cancellationReasons();
    for (int i = 0; i < reasons.size(); i++) {
      if (code.equals(reasons.get(i).code())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean refusedByCondition(TransactionCanceledException e) {
    return Items.failedOnlyOnConditions(e) && refusedAt(e) >= 0;
  }

  private static boolean conflicted(TransactionCanceledException e) {
    return !e.hasCancellationReasons()
        || e.cancellationReasons().stream()
            .anyMatch(reason -> "TransactionConflict".equals(reason.code()));
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << Math.min(attempt, 6)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying a transaction", e);
    }
  }
}
