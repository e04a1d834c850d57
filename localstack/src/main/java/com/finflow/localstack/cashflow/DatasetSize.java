package com.finflow.localstack.cashflow;

import java.util.Locale;

/** The seed system's dataset sizes: companies, SEPA rows and SWIFT rows. */
public enum DatasetSize {
  /** A tenth of small: what the flow tests feed through the local stack within the build's time. */
  TINY(10, 1_000, 10_000),
  SMALL(100, 10_000, 100_000),
  MEDIUM(1_000, 100_000, 1_000_000),
  LARGE(10_000, 1_000_000, 10_000_000);

  private final int companies;
  private final long sepaRows;
  private final long swiftRows;

  DatasetSize(int companies, long sepaRows, long swiftRows) {
    this.companies = companies;
    this.sepaRows = sepaRows;
    this.swiftRows = swiftRows;
  }

  public int companies() {
    return companies;
  }

  public long rows(Source source) {
    return source == Source.SEPA ? sepaRows : swiftRows;
  }

  /** SEPA and SWIFT rows together. */
  public long totalRows() {
    return sepaRows + swiftRows;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DatasetSize of(String name) {
    for (DatasetSize size : values()) {
      if (size.wireName().equals(name)) {
        return size;
      }
    }
    throw new IllegalArgumentException("unknown size " + name + ": tiny, small, medium or large");
  }
}
