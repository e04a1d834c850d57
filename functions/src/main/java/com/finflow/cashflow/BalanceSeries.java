package com.finflow.cashflow;

import java.util.List;

/** A balance series: one row per interval meeting the window, clipped to it. */
public record BalanceSeries(
    String companyId, String interval, String from, String to, String currency, List<Row> rows) {

  /** One interval: its days (inclusive), and EUR decimals. */
  public record Row(
      String start, String end, String opening, String in, String out, String closing) {}
}
