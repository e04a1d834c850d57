package com.finflow.personal;

import java.util.Arrays;
import java.util.Optional;

/** How long one bar of a price history lasts: a trading day, or an ISO week (Monday to Sunday). */
public enum PriceInterval {
  DAY("1d"),
  WEEK("1wk");

  private final String wireName;

  PriceInterval(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<PriceInterval> of(String wireName) {
    return Arrays.stream(values()).filter(i -> i.wireName.equals(wireName)).findFirst();
  }
}
