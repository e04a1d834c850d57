package com.finflow.transfers;

import java.util.Locale;

/** Where one transfer stands; only {@code PENDING} can still change. */
public enum TransferStatus {
  PENDING,
  EXECUTED,
  FAILED,
  CANCELLED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
