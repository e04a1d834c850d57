package com.finflow.personal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a transaction brought money in ({@code credit}) or took it out ({@code debit}). */
public enum Direction {
  CREDIT,
  DEBIT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The direction spelled exactly {@code credit} or {@code debit}; empty otherwise. */
  public static Optional<Direction> of(String wireName) {
    return Arrays.stream(values()).filter(d -> d.wireName().equals(wireName)).findFirst();
  }
}
