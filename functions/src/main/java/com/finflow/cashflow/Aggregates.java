package com.finflow.cashflow;

import java.util.Collection;
import java.util.Map;

/** Reads the aggregates that answers are computed from; one absent reads as empty figures. */
public interface Aggregates {

  Map<AggregateKey, Figures> read(String organizationId, Collection<AggregateKey> keys);

  /**
   * Like {@link #read}, but only the figures of whole days ({@link FigureNames#isOfADay}): a busy
   * month's day items hold thousands of instants that a series does not need.
   */
  Map<AggregateKey, Figures> readDays(String organizationId, Collection<AggregateKey> keys);
}
