package com.finflow.cashflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a set of rows adds to the aggregates, summed in memory: a batch of 5,000 rows touching one
 * account's month many times writes that month once.
 */
public final class Deltas {

  /**
   * Figures per write: keeps each update expression well under DynamoDB's 4 KB expression limit.
   */
  public static final int MAX_FIGURES_PER_UPDATE = 100;

  private final Map<AggregateKey, Figures> figures = new LinkedHashMap<>();

  public void add(AggregateKey key, String name, long delta) {
    figures.computeIfAbsent(key, k -> new Figures()).add(name, delta);
  }

  public void addAll(Deltas other) {
    other.figures.forEach(
        (key, more) -> figures.computeIfAbsent(key, k -> new Figures()).addAll(more));
  }

  public Map<AggregateKey, Figures> asMap() {
    return java.util.Collections.unmodifiableMap(figures);
  }

  public boolean isEmpty() {
    return figures.values().stream().allMatch(Figures::isEmpty);
  }

  /**
   * The writes these deltas need, in a deterministic order (by aggregate, then figure name), so
   * that a resumed batch continues the very same list.
   */
  public List<AggregateUpdate> updates() {
    List<AggregateUpdate> updates = new ArrayList<>();
    figures.entrySet().stream()
        .sorted(Comparator.comparing(entry -> entry.getKey().id()))
        .forEach(
            entry ->
                entry.getValue().split(MAX_FIGURES_PER_UPDATE).stream()
                    .map(part -> new AggregateUpdate(entry.getKey(), part))
                    .forEach(updates::add));
    return updates;
  }

  @Override
  public String toString() {
    return figures.toString();
  }
}
