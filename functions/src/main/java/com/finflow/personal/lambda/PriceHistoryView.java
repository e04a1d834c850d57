package com.finflow.personal.lambda;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.finflow.personal.DailyBar;
import com.finflow.personal.PriceHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@code GET /securities/{symbol}/prices} on the wire: prices as exact decimal strings. */
record PriceHistoryView(
    String symbol,
    String currency,
    LocalDate from,
    LocalDate to,
    String interval,
    int expectedDays,
    int presentDays,
    @JsonInclude(JsonInclude.Include.ALWAYS) Optional<String> completeness,
    List<Bar> prices) {

  record Bar(LocalDate date, String open, String high, String low, String close, long volume) {

    static Bar of(DailyBar bar) {
      return new Bar(
          bar.date(),
          bar.open().toPlainString(),
          bar.high().toPlainString(),
          bar.low().toPlainString(),
          bar.close().toPlainString(),
          bar.volume());
    }
  }

  static PriceHistoryView of(PriceHistory history) {
    return new PriceHistoryView(
        history.security().symbol(),
        history.security().currency(),
        history.from(),
        history.to(),
        history.interval().wireName(),
        history.expectedDays(),
        history.presentDays(),
        history.completeness().map(java.math.BigDecimal::toPlainString),
        history.bars().stream().map(Bar::of).toList());
  }
}
