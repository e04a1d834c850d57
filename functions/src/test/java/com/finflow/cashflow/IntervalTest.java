package com.finflow.cashflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntervalTest {

  private static Interval.Period period(String start, String end) {
    return new Interval.Period(LocalDate.parse(start), LocalDate.parse(end));
  }

  @Test
  void isoWeeksStartOnMondayAndAreClippedToTheWindow() {
    assertThat(Interval.WEEK.periods(LocalDate.parse("2024-02-28"), LocalDate.parse("2024-03-12")))
        .containsExactly(
            period("2024-02-28", "2024-03-03"),
            period("2024-03-04", "2024-03-10"),
            period("2024-03-11", "2024-03-12"));
  }

  @Test
  void quartersAndYearsFollowTheCalendar() {
    assertThat(
            Interval.QUARTER.periods(LocalDate.parse("2023-11-15"), LocalDate.parse("2024-04-01")))
        .containsExactly(
            period("2023-11-15", "2023-12-31"),
            period("2024-01-01", "2024-03-31"),
            period("2024-04-01", "2024-04-01"));
    assertThat(Interval.YEAR.periods(LocalDate.parse("2023-06-01"), LocalDate.parse("2024-02-29")))
        .containsExactly(period("2023-06-01", "2023-12-31"), period("2024-01-01", "2024-02-29"));
  }

  @Test
  void aOneDayWindowHasOneRowWhateverTheInterval() {
    for (Interval interval : Interval.values()) {
      assertThat(interval.periods(LocalDate.parse("2024-02-29"), LocalDate.parse("2024-02-29")))
          .containsExactly(period("2024-02-29", "2024-02-29"));
    }
    assertThat(Interval.of("month")).contains(Interval.MONTH);
    assertThat(Interval.of("Month")).isEmpty();
  }
}
