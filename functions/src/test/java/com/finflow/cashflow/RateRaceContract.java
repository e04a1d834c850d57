package com.finflow.cashflow;

import static com.finflow.cashflow.CashflowPorts.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A rate period added while a batch converts rows of its currency, on any implementation of the
 * storage ports. Whichever commits first, every row counts at the period in force on its day, or
 * the period is refused: no row stays at a rate a newer period replaced, and none stays waiting for
 * a rate that arrived. The fixture's USD rate is 0.9 for every date.
 */
public abstract class RateRaceContract extends CashflowFixture {

  private static final Optional<LocalDate> JUNE = Optional.of(LocalDate.parse("2024-06-01"));

  @Test
  void aRowCountedWhileAPeriodCoveringItIsAddedGetsThePeriodRefused() {
    CashflowPorts racing =
        InterleavedRates.beforeAdd(
            ports,
            () ->
                ports.feed(
                    Source.SWIFT,
                    "b",
                    row("u", GB_UNKNOWN, DE_A, "100", "USD", "2024-06-15T10:00:00Z")));

    assertThatThrownBy(() -> racing.rate("USD", "0.8", JUNE)).isInstanceOf(RatePeriodInUse.class);

    assertThat(ports.summary("acme").balance()).isEqualTo("1090.00");
  }

  @Test
  void aPeriodAddedWhileABatchDecidesItsRowsIsThePeriodTheyCountAt() {
    CashflowPorts racing =
        InterleavedRates.afterBookRead(ports, () -> ports.rate("USD", "0.8", JUNE));

    racing.feed(
        Source.SWIFT, "b", row("u", GB_UNKNOWN, DE_A, "100", "USD", "2024-06-15T10:00:00Z"));

    assertThat(ports.summary("acme").balance()).isEqualTo("1080.00");
  }

  @Test
  void aRowDecidedWithoutARateWhileTheFirstRateArrivesCountsAtIt() {
    CashflowPorts racing =
        InterleavedRates.afterBookRead(ports, () -> ports.rate("JPY", "0.0061", Optional.empty()));

    racing.feed(
        Source.SWIFT, "b", row("j", GB_UNKNOWN, DE_A, "1000", "JPY", "2024-06-15T10:00:00Z"));

    assertThat(ports.summary("acme").balance()).isEqualTo("1006.10");
    assertThat(ports.quarantineSummary().rules()).isEmpty();
  }

  @Test
  void rowsReleasedWhileAPeriodCoveringThemIsAddedGetThePeriodRefused() {
    ports.feed(
        Source.SWIFT, "b", row("j", GB_UNKNOWN, DE_A, "1000", "JPY", "2024-06-15T10:00:00Z"));
    CashflowPorts racing =
        InterleavedRates.beforeAdd(ports, () -> ports.rate("JPY", "0.0061", Optional.empty()));

    // Read before the first JPY rate arrived, this period covered no day with a rate: nothing to
    // check. Added after it, it would cut into the first rate's days, where a row now counts.
    assertThatThrownBy(() -> racing.rate("JPY", "0.0070", JUNE))
        .isInstanceOf(RatePeriodInUse.class);

    assertThat(ports.summary("acme").balance()).isEqualTo("1006.10");
  }

  @Test
  void aPeriodAddedWhileHeldRowsAreReleasedIsThePeriodTheyCountAt() {
    ports.feed(
        Source.SWIFT, "b", row("j", GB_UNKNOWN, DE_A, "1000", "JPY", "2024-06-15T10:00:00Z"));
    // The addition reads the book first, then the release it asks for: the June period lands
    // after that second read, its own release not yet run.
    CashflowPorts racing =
        InterleavedRates.afterBookRead(
            ports,
            2,
            () ->
                new PutExchangeRate(ports.rates(), (organization, currency, from) -> {})
                    .put(
                        CashflowPorts.ADMIN,
                        new ExchangeRate("JPY", new BigDecimal("0.0070"), BigDecimal.ONE, JUNE)));

    racing.rate("JPY", "0.0061", Optional.empty());

    assertThat(ports.summary("acme").balance()).isEqualTo("1007.00");
  }
}
