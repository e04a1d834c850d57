package com.finflow.personal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@code GET /me/analytics}: amounts in {@code currency}, exact decimals; an empty
 * window has zero counts and null averages and days.
 */
public record AnalyticsReport(
    LocalDate from,
    LocalDate to,
    String period,
    String currency,
    @JsonInclude(JsonInclude.Include.ALWAYS) Optional<Instant> asOf,
    boolean fresh,
    long count,
    @JsonInclude(JsonInclude.Include.ALWAYS) Optional<BigDecimal> average,
    @JsonInclude(JsonInclude.Include.ALWAYS) Optional<BigDecimal> averageCredit,
    @JsonInclude(JsonInclude.Include.ALWAYS) Optional<BigDecimal> averageDebit,
    @JsonInclude(JsonInclude.Include.ALWAYS) Optional<DayCount> highestDayByCount,
    @JsonInclude(JsonInclude.Include.ALWAYS) Optional<DayAmount> highestDayByAmount,
    List<PeriodFigures> periods,
    List<CategoryFigures> categories) {

  public record DayCount(LocalDate date, long count) {}

  public record DayAmount(LocalDate date, BigDecimal amount) {}

  public record PeriodFigures(
      LocalDate start, LocalDate end, long count, BigDecimal in, BigDecimal out) {}

  public record CategoryFigures(String category, long count, BigDecimal in, BigDecimal out) {}
}
