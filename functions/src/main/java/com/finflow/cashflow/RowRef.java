package com.finflow.cashflow;

/**
 * Where a row sits in the feed: its batch and position. The same ref twice is one row delivered
 * twice; two refs are two rows, whatever they hold.
 */
public record RowRef(String batchId, int position) {

  /** A compact text form, {@code <position>:<batch id>}, unique per row. */
  public String text() {
    return position + ":" + batchId;
  }

  public static RowRef ofText(String text) {
    int colon = text.indexOf(':');
    return new RowRef(text.substring(colon + 1), Integer.parseInt(text.substring(0, colon)));
  }
}
