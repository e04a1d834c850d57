package com.finflow.personal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@code GET /me/analytics}: amounts in {@code currency}, exact decimal strings; an
 * empty window has zero counts and null averages and days.
 */
public record AnalyticsReport(
    LocalDate from,
    LocalDate to,
    String period,
    String currency,
    @JsonInclude(JsonInclude.Include.ALWAYS) Optional<Instant> asOf,
    boolean fresh,
    long unconverted,
    long count,
    @JsonInclude(JsonInclude.Include.ALWAYS) Optional<String> average,
    @JsonInclude(JsonInclude.Include.ALWAYS) Optional<String> averageCredit,
    @JsonInclude(JsonInclude.Include.ALWAYS) Optional<String> averageDebit,
    @JsonInclude(JsonInclude.Include.ALWAYS) Optional<DayCount> highestDayByCount,
    @JsonInclude(JsonInclude.Include.ALWAYS) Optional<DayAmount> highestDayByAmount,
    List<PeriodFigures> periods,
    List<CategoryFigures> categories) {

  public record DayCount(LocalDate date, long count) {}

  public record DayAmount(LocalDate date, String amount) {}

  public record PeriodFigures(LocalDate start, LocalDate end, long count, String in, String out) {}

  public record CategoryFigures(String category, long count, String in, String out) {}
}
