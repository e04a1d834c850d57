package com.finflow.localstack.openfinance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Date-times as Open Finance Brasil writes them: RFC 3339 in UTC, to the second ({@code
 * 2021-05-21T08:30:00Z}), except transaction date-times, which carry milliseconds ({@code
 * 2016-01-29T12:29:03.374Z}).
 */
final class WireTime {

  private WireTime() {}

  static String seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static String millis(Instant instant) {
    Instant truncated = instant.truncatedTo(ChronoUnit.MILLIS);
    // Instant.toString drops a zero fraction; the spec's pattern wants exactly three digits.
    String seconds = seconds(truncated);
    return seconds.substring(0, seconds.length() - 1)
        + String.format(java.util.Locale.ROOT, ".%03dZ", truncated.getNano() / 1_000_000);
  }
}
