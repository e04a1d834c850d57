package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every price cache must do, on the fake and on DynamoDB Local. */
public abstract class PriceCacheContract {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  protected abstract PriceMonths months();

  protected abstract SecurityCards cards();

  @Test
  void ofFortyConcurrentClaimantsOfAMissingMonthExactlyOneWins() throws Exception {
    PriceMonths cache = months();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String claimant = "c" + i;
        Callable<Boolean> claim =
            () -> cache.claim("IBM", OCTOBER, claimant, NOW, NOW.plusSeconds(30), false);
        claims.add(pool.submit(claim));
      }
      long won = 0;
      for (Future<Boolean> claim : claims) {
        won += claim.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void keepsBarsWithTheirExactFiguresAndEndsTheClaim() {
    PriceMonths cache = months();
    DailyBar bar =
        new DailyBar(
            LocalDate.of(2026, 10, 2),
            new BigDecimal("145.3400"),
            new BigDecimal("146.0000"),
            new BigDecimal("144.0100"),
            new BigDecimal("145.9900"),
            4_123_456_789L);
    assertThat(cache.claim("IBM", OCTOBER, "a", NOW, NOW.plusSeconds(30), false)).isTrue();
    cache.keep("IBM", OCTOBER, List.of(bar), NOW.plus(Duration.ofDays(30)));

    PriceMonths.PriceMonth kept =
        cache.read("IBM", List.of(OCTOBER, OCTOBER.minusMonths(1))).get(OCTOBER);
    assertThat(kept.bars()).containsExactly(bar);
    assertThat(kept.bars().getFirst().close().toPlainString()).isEqualTo("145.9900");
    assertThat(cache.read("IBM", List.of(OCTOBER.minusMonths(1)))).isEmpty();
    // Fresh and unclaimed: nobody may fetch it again, unless a refresh asks whatever the freshness.
    assertThat(cache.claim("IBM", OCTOBER, "b", NOW.plusSeconds(60), NOW.plusSeconds(90), false))
        .isFalse();
    assertThat(cache.claim("IBM", OCTOBER, "c", NOW.plusSeconds(60), NOW.plusSeconds(90), true))
        .isTrue();
  }

  @Test
  void aStaleMonthMayBeClaimedAgainButNotWhileAnotherClaimLives() {
    PriceMonths cache = months();
    cache.keep("SAP.DEX", OCTOBER, List.of(), NOW.plusSeconds(10));
    Instant later = NOW.plusSeconds(20);

    assertThat(cache.read("SAP.DEX", List.of(OCTOBER)).get(OCTOBER).freshAt(later)).isFalse();
    assertThat(cache.claim("SAP.DEX", OCTOBER, "a", later, later.plusSeconds(30), false)).isTrue();
    assertThat(cache.claim("SAP.DEX", OCTOBER, "b", later, later.plusSeconds(30), false)).isFalse();
    // A claim whose holder died lapses.
    assertThat(
            cache.claim(
                "SAP.DEX", OCTOBER, "b", later.plusSeconds(31), later.plusSeconds(60), false))
        .isTrue();
  }

  @Test
  void releasingAClaimLetsAnotherTryAndOnlyItsHolderCanRelease() {
    PriceMonths cache = months();
    assertThat(cache.claim("VOO", OCTOBER, "a", NOW, NOW.plusSeconds(30), false)).isTrue();
    cache.release("VOO", OCTOBER, "someone-else");
    assertThat(cache.claim("VOO", OCTOBER, "b", NOW, NOW.plusSeconds(30), false)).isFalse();

    cache.release("VOO", OCTOBER, "a");

    assertThat(cache.claim("VOO", OCTOBER, "b", NOW, NOW.plusSeconds(30), false)).isTrue();
  }

  @Test
  void watchedSymbolsAreThoseUsedSinceTheTimeAsked() {
    PriceMonths cache = months();
    cache.watch("IBM", NOW.minus(Duration.ofDays(40)));
    cache.watch("VOO", NOW.minus(Duration.ofDays(2)));

    assertThat(cache.watched(NOW.minus(Duration.ofDays(31)))).containsExactly("VOO");
  }

  @Test
  void keepsSecuritiesAndSearchesUntilTheyGoStale() {
    SecurityCards cache = cards();
    Security sap = new Security("SAP.DEX", "SAP SE", "Equity", "XETRA", "EUR");
    cache.keepCard(sap, NOW.plusSeconds(60));
    cache.keepSearch("sap", List.of(sap), NOW.plusSeconds(60));
    cache.keepSearch("nothing like it", List.of(), NOW.plusSeconds(60));

    assertThat(cache.card("sap.dex", NOW)).contains(sap);
    assertThat(cache.search("sap", NOW)).contains(List.of(sap));
    assertThat(cache.search("nothing like it", NOW)).contains(List.of());
    assertThat(cache.search("sa", NOW)).isEmpty();
    assertThat(cache.card("SAP.DEX", NOW.plusSeconds(61))).isEmpty();
    assertThat(cache.search("sap", NOW.plusSeconds(61))).isEmpty();
  }
}
