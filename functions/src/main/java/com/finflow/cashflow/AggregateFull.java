package com.finflow.cashflow;

/**
 * An aggregate's item cannot take a write: it would pass DynamoDB's 400 KB item size. The step is
 * not applied. {@link SpilledMonths} routes a full month's further figures to its day items.
 */
public final class AggregateFull extends RuntimeException {

  private final transient AggregateKey key;

  public AggregateFull(AggregateKey key, Throwable cause) {
    // The key names an account: kept out of the message, which may be logged.
    super("an aggregate item is full: " + key.getClass().getSimpleName(), cause);
    this.key = key;
  }

  public AggregateKey key() {
    return key;
  }
}
