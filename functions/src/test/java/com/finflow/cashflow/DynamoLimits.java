package com.finflow.cashflow;

import java.util.Map;

/**
 * The DynamoDB limits the in-memory fakes keep, so that use-case tests meet them as the adapter
 * does: at most {@link BatchLedger#MAX_STEP_ITEMS} items to a transaction, at most 400 KB to an
 * item, sized as DynamoDB sizes one. A test may make month and day items smaller, to fill them with
 * a few instants.
 */
final class DynamoLimits {

  private static final int ITEM_BYTES = 400 * 1024;
  private int monthAndDayItemBytes = ITEM_BYTES;

  void monthAndDayItemsAtMost(int bytes) {
    monthAndDayItemBytes = bytes;
  }

  /** DynamoDB refuses a transaction of more items, before looking at any. */
  void checkTransaction(int items) {
    if (items > BatchLedger.MAX_STEP_ITEMS) {
      throw new IllegalArgumentException("a transaction of " + items + " items");
    }
  }

  /** DynamoDB refuses the whole transaction when a write would make its item too big. */
  void checkItem(AggregateKey key, Figures after) {
    boolean ofMonthOrDay = key instanceof AggregateKey.Month || key instanceof AggregateKey.Day;
    if (size(key, after) > (ofMonthOrDay ? monthAndDayItemBytes : ITEM_BYTES)) {
      throw new AggregateFull(key, null);
    }
  }

  /**
   * An attribute costs its name's length plus, for a number, a byte per two significant digits and
   * one more; the figures' names carry a two-character prefix there.
   */
  private static int size(AggregateKey key, Figures figures) {
    int size = 2 * key.id().length();
    for (Map.Entry<String, Long> figure : figures.asMap().entrySet()) {
      int digits = Long.toString(Math.abs(figure.getValue())).length();
      size += 2 + figure.getKey().length() + (digits + 1) / 2 + 1;
    }
    return size;
  }
}
