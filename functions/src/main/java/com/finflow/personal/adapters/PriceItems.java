package com.finflow.personal.adapters;

import com.finflow.personal.DailyBar;
import com.finflow.personal.Security;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The layout of market data in the personal table, under partitions no user key can name (theirs
 * start with {@code USER#}): a month of a symbol's bars at {@code pk = PRICES#<SYMBOL>, sk =
 * MONTH#<yyyy-MM>}; the symbols in use at {@code pk = PRICES, sk = WATCH#<SYMBOL>}; a security at
 * {@code pk = SECURITY#<SYMBOL>, sk = CARD}; a search's answer at {@code pk = SEARCH#<words>, sk =
 * RESULT}. Every cached item carries {@code expires_at}, the table's time to live.
 */
final class PriceItems {

  static final String MONTH_PREFIX = "MONTH#";
  static final String WATCH_PARTITION = "PRICES";
  static final String WATCH_PREFIX = "WATCH#";
  static final String BARS = "bars";
  static final String FRESH_UNTIL = "fresh_until";
  static final String CLAIMANT = "claimant";
  static final String CLAIMED_UNTIL = "claimed_until";
  static final String EXPIRES_AT = "expires_at";
  static final String USED_AT = "used_at";
  static final String FOUND = "found";

  private PriceItems() {}

  static String symbolKey(String symbol) {
    return "PRICES#" + symbol.toUpperCase(Locale.ROOT);
  }

  static String cardKey(String symbol) {
    return "SECURITY#" + symbol.toUpperCase(Locale.ROOT);
  }

  static String searchKey(String words) {
    return "SEARCH#" + words;
  }

  /**
   * Bars as {@code date,open,high,low,close,volume} lines: exact decimals, a tenth of a map's size.
   */
  static String bars(List<DailyBar> bars) {
    StringBuilder text = new StringBuilder(bars.size() * 48);
    for (DailyBar bar : bars) {
      text.append(bar.date())
          .append(',')
          .append(bar.open().toPlainString())
          .append(',')
          .append(bar.high().toPlainString())
          .append(',')
          .append(bar.low().toPlainString())
          .append(',')
          .append(bar.close().toPlainString())
          .append(',')
          .append(bar.volume())
          .append('\n');
    }
    return text.toString();
  }

  static List<DailyBar> bars(String text) {
    List<DailyBar> bars = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split(",");
      bars.add(
          new DailyBar(
              LocalDate.parse(fields[0]),
              new BigDecimal(fields[1]),
              new BigDecimal(fields[2]),
              new BigDecimal(fields[3]),
              new BigDecimal(fields[4]),
              Long.parseLong(fields[5])));
    }
    return bars;
  }

  /** A security as one line of tab-separated fields: symbol, name, type, region, currency. */
  static String security(Security security) {
    return String.join(
        "\t",
        security.symbol(),
        security.name(),
        security.type(),
        security.region(),
        security.currency());
  }

  static Security security(String line) {
    String[] fields = line.split("\t", -1);
    return new Security(fields[0], fields[1], fields[2], fields[3], fields[4]);
  }
}
