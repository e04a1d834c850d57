package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GetPricesTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
  private final SandboxLikeSource source = new SandboxLikeSource();
  private final InMemoryPriceCache cache = new InMemoryPriceCache();
  private final GetPrices getPrices =
      new GetPrices(
          new CachedSecurityDirectory(source, cache, clock),
          new SecurityPrices(source, cache, clock),
          clock);

  @Test
  void dailyBarsWithTheirCompletenessOverTheWeekdaysUpToToday() {
    PriceHistory history =
        getPrices.of(
            new PriceQuery(
                "IBM", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), PriceInterval.DAY));

    assertThat(history.bars()).hasSize(15);
    assertThat(history.expectedDays()).isEqualTo(15);
    assertThat(history.presentDays()).isEqualTo(15);
    assertThat(history.completeness()).contains(new BigDecimal("1.0000"));
    assertThat(history.security().currency()).isEqualTo("USD");
  }

  @Test
  void weeklyBarsRunFromTheFirstOpenToTheLastCloseWithTheWeeksExtremesAndVolume() {
    PriceHistory history =
        getPrices.of(
            new PriceQuery(
                "IBM", LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 13), PriceInterval.WEEK));

    assertThat(history.bars()).hasSize(2);
    DailyBar first = history.bars().getFirst();
    // The week of Monday 2 November, clipped to the range: Wednesday the 4th to Friday the 6th.
    assertThat(first.date()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(first.open()).isEqualTo(SandboxLikeSource.close("IBM", LocalDate.of(2026, 11, 4)));
    assertThat(first.close()).isEqualTo(SandboxLikeSource.close("IBM", LocalDate.of(2026, 11, 6)));
    assertThat(first.high())
        .isEqualTo(SandboxLikeSource.close("IBM", LocalDate.of(2026, 11, 6)).add(BigDecimal.ONE));
    assertThat(first.low())
        .isEqualTo(
            SandboxLikeSource.close("IBM", LocalDate.of(2026, 11, 4)).subtract(BigDecimal.ONE));
    assertThat(first.volume()).isEqualTo(3_000);
    assertThat(history.presentDays()).isEqualTo(8);
  }

  @Test
  void missingDaysLowerTheCompletenessAndAFutureRangeHasNone() {
    PriceHistory unknown =
        getPrices.of(
            new PriceQuery(
                "SAP.DEX",
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31),
                PriceInterval.DAY));
    assertThat(unknown.expectedDays()).isZero();
    assertThat(unknown.completeness()).isEmpty();

    cache.keep(
        "IBM",
        java.time.YearMonth.of(2026, 10),
        java.util.List.of(
            new DailyBar(
                LocalDate.of(2026, 10, 5),
                BigDecimal.ONE,
                BigDecimal.ONE,
                BigDecimal.ONE,
                BigDecimal.ONE,
                1)),
        clock.instant().plusSeconds(3_600));
    PriceHistory october =
        getPrices.of(
            new PriceQuery(
                "IBM", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), PriceInterval.DAY));
    assertThat(october.expectedDays()).isEqualTo(22);
    assertThat(october.completeness()).contains(new BigDecimal("0.0455"));
  }

  @Test
  void anUnknownSymbolIsNotFound() {
    assertThatThrownBy(
            () ->
                getPrices.of(
                    new PriceQuery(
                        "NOPE",
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 11, 2),
                        PriceInterval.DAY)))
        .isInstanceOf(NoSuchSecurity.class);
  }
}
