package com.finflow.localstack.cashflow;

import java.util.EnumMap;
import java.util.Map;

/** What the generator planted: rows per source, and rows per rule and source. */
final class PlantedCounts {

  private final Map<Source, long[]> rules = new EnumMap<>(Source.class);
  private final Map<Source, long[]> totals = new EnumMap<>(Source.class);

  PlantedCounts() {
    for (Source source : Source.values()) {
      rules.put(source, new long[Rule.values().length]);
      // rows, batches, batch-payment groups
      totals.put(source, new long[3]);
    }
  }

  void row(Source source) {
    totals.get(source)[0]++;
  }

  void batch(Source source) {
    totals.get(source)[1]++;
  }

  void group(Source source) {
    totals.get(source)[2]++;
  }

  void quarantined(Source source, Rule rule) {
    rules.get(source)[rule.ordinal()]++;
  }

  long rows(Source source) {
    return totals.get(source)[0];
  }

  long batches(Source source) {
    return totals.get(source)[1];
  }

  long groups(Source source) {
    return totals.get(source)[2];
  }

  long count(Source source, Rule rule) {
    return rules.get(source)[rule.ordinal()];
  }
}
