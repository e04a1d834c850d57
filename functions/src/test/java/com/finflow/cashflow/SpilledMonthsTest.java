package com.finflow.cashflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SpilledMonthsTest {

  private static final AggregateKey.Month MARCH =
      new AggregateKey.Month("DE89370400440532013000", YearMonth.of(2024, 3));

  @Test
  void aStepBuiltBeforeAnotherDeliveryLearnedThatItsMonthIsFullIsBuiltAgainNotFailed() {
    SpilledMonths shared = new SpilledMonths();
    // One delivery learns it first...
    assertThat(shared.commit(() -> fail(MARCH))).isFalse();
    // ...while another had already built a step that writes the month's item.
    assertThat(shared.commit(() -> fail(MARCH))).isFalse();

    assertThat(shared.writes(new AggregateUpdate(MARCH, new Figures())))
        .extracting(update -> update.key())
        .doesNotContain(MARCH);
  }

  @Test
  void aFullDayFailsTheStep() {
    AggregateKey.Day day = new AggregateKey.Day(MARCH.iban(), LocalDate.of(2024, 3, 5));

    assertThatThrownBy(() -> new SpilledMonths().commit(() -> fail(day)))
        .isInstanceOf(AggregateFull.class);
  }

  private static boolean fail(AggregateKey key) {
    throw new AggregateFull(key, new IllegalStateException("item too big"));
  }
}
