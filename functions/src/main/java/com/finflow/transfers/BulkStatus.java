package com.finflow.transfers;

import java.util.Locale;

/**
 * Where a bulk stands. {@code ACCEPTED} and {@code CANCELLING} are open (funds reserved, transfers
 * in flight); the three others are settled: the account was debited by what was executed and the
 * reservation released.
 */
public enum BulkStatus {
  ACCEPTED,
  CANCELLING,
  COMPLETED,
  PARTIALLY_COMPLETED,
  FAILED;

  public boolean settled() {
    return this == COMPLETED || this == PARTIALLY_COMPLETED || this == FAILED;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
