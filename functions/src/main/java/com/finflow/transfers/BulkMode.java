package com.finflow.transfers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the transfers of a bulk depend on each other: {@code PARTIAL}, each succeeds or fails on its
 * own; {@code ALL_OR_NOTHING}, the first permanent failure cancels every transfer not yet executed
 * (executed ones stay executed: money that left is never silently reversed).
 */
public enum BulkMode {
  PARTIAL,
  ALL_OR_NOTHING;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<BulkMode> fromWireName(String text) {
    return Arrays.stream(values()).filter(mode -> mode.wireName().equals(text)).findFirst();
  }
}
