package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.MutableClock;
import com.finflow.shared.failure.UpstreamFailed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SecurityPricesTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final SandboxLikeSource source = new SandboxLikeSource();
  private final InMemoryPriceCache cache = new InMemoryPriceCache();
  private final SecurityPrices prices = new SecurityPrices(source, cache, clock);

  @Test
  void aHundredConcurrentRequestsForTheSameSymbolAndDaysCauseOneFetch() throws Exception {
    source.delayMillis = 200;
    ExecutorService pool = Executors.newFixedThreadPool(100);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<DailyBar>>> answers = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return new SecurityPrices(source, cache, clock)
                      .daily("IBM", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13));
                }));
      }
      start.countDown();
      List<DailyBar> first = answers.getFirst().get();
      for (Future<List<DailyBar>> answer : answers) {
        assertThat(answer.get()).isEqualTo(first);
      }
      assertThat(first).hasSize(10);
      assertThat(source.calls).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void consecutiveMissingMonthsAreOneCallAndNothingBeyondTodayIsAsked() {
    List<DailyBar> bars =
        prices.daily("SAP.DEX", LocalDate.of(2026, 9, 15), LocalDate.of(2026, 12, 31));

    assertThat(source.calls)
        .containsExactly(
            new SandboxLikeSource.Call(
                "SAP.DEX", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 20)));
    assertThat(bars.getFirst().date()).isEqualTo(LocalDate.of(2026, 9, 15));
    assertThat(bars.getLast().date()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(bars.getLast().close())
        .isEqualTo(SandboxLikeSource.close("SAP.DEX", LocalDate.of(2026, 11, 20)));
  }

  @Test
  void aFreshMonthIsServedFromTheCacheAndAStaleOneIsFetchedAgain() {
    prices.daily("IBM", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6));
    prices.daily("IBM", LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 13));
    prices.daily("IBM", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7));
    assertThat(source.calls).hasSize(2);

    // The current month goes stale after hours; a settled month stays fresh for a month.
    clock.advance(SecurityPrices.CURRENT_FRESHNESS.plusMinutes(1));
    prices.daily("IBM", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6));
    prices.daily("IBM", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7));

    assertThat(source.calls).hasSize(3);
    assertThat(source.calls.getLast().from()).isEqualTo(LocalDate.of(2026, 11, 1));
  }

  @Test
  void aFailedFetchGivesItsClaimUpSoTheNextRequestFetches() {
    source.failuresLeft = 1;

    assertThatThrownBy(
            () -> prices.daily("IBM", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6)))
        .isInstanceOf(UpstreamFailed.class);
    List<DailyBar> bars = prices.daily("IBM", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6));

    assertThat(bars).hasSize(5);
    assertThat(source.calls).hasSize(2);
  }

  @Test
  void aRequestWaitingOnAnotherClaimGivesUpAfterItsPatienceWithoutFetching() {
    // Someone claimed November and never finished (their container died mid-fetch).
    assertThat(
            cache.claim(
                "IBM",
                java.time.YearMonth.of(2026, 11),
                "gone",
                NOW,
                NOW.plus(Duration.ofMinutes(5)),
                false))
        .isTrue();
    SecurityPrices waiting =
        new SecurityPrices(
            source, cache, clock, millis -> clock.advance(Duration.ofMillis(millis)));

    assertThatThrownBy(
            () -> waiting.daily("IBM", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6)))
        .isInstanceOf(UpstreamFailed.class)
        .hasMessageContaining("still being fetched");
    assertThat(source.calls).isEmpty();
  }

  @Test
  void theScheduledRefreshFetchesTheCurrentMonthEvenWhenFreshAndOnlyForSymbolsInUse() {
    prices.daily("IBM", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6));
    cache.watch("SAP.DEX", NOW.minus(Duration.ofDays(40)));

    RefreshPrices.Outcome outcome = new RefreshPrices(cache, prices, clock).run();

    assertThat(outcome.refreshed()).containsExactly("IBM");
    assertThat(source.calls).hasSize(2);
    assertThat(source.calls.getLast())
        .isEqualTo(
            new SandboxLikeSource.Call(
                "IBM", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20)));
  }

  @Test
  void aSymbolTheSourceDoesNotKnowIsKeptAsEmptyAndNotAskedAgain() {
    assertThat(prices.daily("NOPE", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6)))
        .isEmpty();
    assertThat(prices.daily("NOPE", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6)))
        .isEmpty();

    assertThat(source.calls).hasSize(1);
  }
}
