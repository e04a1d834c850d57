package com.finflow.cashflow;

import java.util.Collection;
import java.util.Map;

/** Reads the aggregates that answers are computed from; one absent reads as empty figures. */
public interface Aggregates {

  Map<AggregateKey, Figures> read(String organizationId, Collection<AggregateKey> keys);
}
