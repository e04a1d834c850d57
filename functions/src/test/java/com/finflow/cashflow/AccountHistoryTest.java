package com.finflow.cashflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountHistoryTest {

  private static final YearMonth MARCH = YearMonth.of(2024, 3);
  private static final Instant EARLY = Instant.parse("2024-03-05T08:00:00Z");
  private static final Instant LATE = Instant.parse("2024-03-05T09:00:00Z");

  @Test
  void anInstantCountedUnderItsOldNameAndWithdrawnUnderItsNewOneNoLongerCounts() {
    Figures month = new Figures();
    // Counted before instants had short names: 12.00 in at EARLY, 5.00 in at LATE.
    month.add(FigureNames.MOMENT_COUNT + EARLY, 1);
    month.add(FigureNames.MOMENT_NET + EARLY, 1200);
    month.add(FigureNames.MOMENT_COUNT + LATE, 1);
    month.add(FigureNames.MOMENT_NET + LATE, 500);
    month.add(FigureNames.dayIn(LocalDate.of(2024, 3, 5)), 1700);
    // Then the LATE row turned out to be a batch payment, withdrawn under the short name.
    month.add(FigureNames.momentCount(LATE), -1);
    month.add(FigureNames.momentNet(LATE), -500);
    month.add(FigureNames.dayIn(LocalDate.of(2024, 3, 5)), -500);
    Figures totals = new Figures();
    totals.add(FigureNames.monthIn(MARCH), 1200);
    totals.add(FigureNames.monthCount(MARCH), 1);
    AccountHistory history = new AccountHistory(0, totals, Map.of(MARCH, month));

    assertThat(history.latestIn(MARCH)).contains(EARLY);
    assertThat(history.latestOn(LocalDate.of(2024, 3, 5), new Figures())).contains(EARLY);
    assertThat(history.balanceAt(LATE)).isEqualTo(1200);
    assertThat(history.balanceAt(EARLY.minusMillis(1))).isZero();
  }
}
