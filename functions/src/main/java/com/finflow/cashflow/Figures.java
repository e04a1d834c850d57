package com.finflow.cashflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Named whole numbers that change only by addition (amounts in EUR cents, counts): what one
 * aggregate holds, and what a change to it adds. Additions commute, so the same rows applied in any
 * order give the same figures. Names follow {@link FigureNames}.
 */
public final class Figures {

  private final TreeMap<String, Long> values = new TreeMap<>();

  public static Figures of(Map<String, Long> values) {
    Figures figures = new Figures();
    values.forEach(figures::add);
    return figures;
  }

  public long get(String name) {
    return values.getOrDefault(name, 0L);
  }

  public void add(String name, long delta) {
    if (delta != 0) {
      values.merge(name, delta, Math::addExact);
    }
  }

  public void addAll(Figures other) {
    other.values.forEach(this::add);
  }

  /** Every figure, by name in order (a figure back to zero stays listed). */
  public SortedMap<String, Long> asMap() {
    return Collections.unmodifiableSortedMap(values);
  }

  /** The figures whose name starts with {@code prefix}. */
  public SortedMap<String, Long> startingWith(String prefix) {
    return Collections.unmodifiableSortedMap(values.subMap(prefix, prefix + Character.MAX_VALUE));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The same figures in parts of at most {@code max} names, in name order. */
  public List<Figures> split(int max) {
    List<Figures> parts = new ArrayList<>();
    Figures part = new Figures();
    for (Map.Entry<String, Long> figure : values.entrySet()) {
      if (part.values.size() == max) {
        parts.add(part);
        part = new Figures();
      }
      part.values.put(figure.getKey(), figure.getValue());
    }
    if (!part.values.isEmpty()) {
      parts.add(part);
    }
    return parts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Figures figures && nonZero().equals(figures.nonZero());
  }

  @Override
  public int hashCode() {
    return nonZero().hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }

  private Map<String, Long> nonZero() {
    Map<String, Long> nonZero = new TreeMap<>(values);
    nonZero.values().removeIf(value -> value == 0L);
    return nonZero;
  }
}
