package com.finflow.localstack.fx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Euro reference rates the sandbox publishes: every working day from {@link #FIRST_DAY}, for the
 * currencies the ECB publishes, each wandering smoothly around a plausible level and rounded to
 * five significant digits as the ECB rounds. A function of the day alone, so every run, every test
 * and every independent check sees the same figures. No publication on weekends, nor on the TARGET
 * holidays that fall on fixed dates (1 January, 1 May, 25 and 26 December).
 */
public final class SandboxRates {

  public static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 2);

  private static final Set<MonthDay> HOLIDAYS =
      Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));
  private static final MathContext FIVE_DIGITS = new MathContext(5, RoundingMode.HALF_EVEN);

  // Units per euro around which each currency wanders.
  private static final Map<String, Double> LEVELS = levels();

  private SandboxRates() {}

  public static boolean isPublicationDay(LocalDate day) {
    return !day.isBefore(FIRST_DAY)
        && day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !HOLIDAYS.contains(MonthDay.from(day));
  }

  /** The day's publication: units of each currency for one euro; empty on a day without one. */
  public static Optional<Map<String, BigDecimal>> on(LocalDate day) {
    if (!isPublicationDay(day)) {
      return Optional.empty();
    }
    long index = ChronoUnit.DAYS.between(FIRST_DAY, day);
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    int phase = 0;
    for (Map.Entry<String, Double> level : LEVELS.entrySet()) {
      phase++;
      double wave = 0.06 * Math.sin(index / (45.0 + 7 * phase) + phase);
      double ripple = 0.004 * Math.sin(index * 1.7 + phase * 3.1);
      rates.put(
          level.getKey(),
          new BigDecimal(level.getValue() * (1 + wave + ripple))
              .round(FIVE_DIGITS)
              .stripTrailingZeros());
    }
    return Optional.of(rates);
  }

  /** Publication days from {@code from} to {@code to}, newest first, as the ECB lists them. */
  public static List<LocalDate> daysNewestFirst(LocalDate from, LocalDate to) {
    return to.datesUntil(from.minusDays(1), java.time.Period.ofDays(-1))
        .filter(SandboxRates::isPublicationDay)
        .toList();
  }

  private static Map<String, Double> levels() {
    Map<String, Double> levels = new LinkedHashMap<>();
    levels.put("USD", 1.10);
    levels.put("JPY", 140.0);
    levels.put("BGN", 1.9558);
    levels.put("CZK", 25.0);
    levels.put("DKK", 7.45);
    levels.put("GBP", 0.86);
    levels.put("HUF", 360.0);
    levels.put("PLN", 4.40);
    levels.put("RON", 4.80);
    levels.put("SEK", 11.0);
    levels.put("CHF", 1.02);
    levels.put("ISK", 150.0);
    levels.put("NOK", 11.0);
    levels.put("TRY", 20.0);
    levels.put("AUD", 1.60);
    levels.put("BRL", 5.50);
    levels.put("CAD", 1.45);
    levels.put("CNY", 7.60);
    levels.put("HKD", 8.50);
    levels.put("IDR", 16500.0);
    levels.put("ILS", 4.00);
    levels.put("INR", 88.0);
    levels.put("KRW", 1420.0);
    levels.put("MXN", 20.0);
    levels.put("MYR", 4.90);
    levels.put("NZD", 1.75);
    levels.put("PHP", 60.0);
    levels.put("SGD", 1.46);
    levels.put("THB", 38.0);
    levels.put("ZAR", 20.0);
    return levels;
  }
}
