package com.finflow.cashflow;

import static com.finflow.cashflow.CashflowPorts.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Accrued interest, through its use case, on any implementation of the storage ports: the in-memory
 * fakes and the DynamoDB adapter run these same tests.
 */
public abstract class InterestContract extends CashflowFixture {

  @Test
  void accruesInterestOnEachDaysClosingBalanceAsAPlainFoldDoesWhileBalancesCrossZero() {
    ports
        .settings()
        .change(
            CashflowPorts.ADMIN.organizationId(),
            new CashflowSettings.Change(
                Optional.empty(),
                Optional.of(new BigDecimal("0.015")),
                Optional.of(new BigDecimal("0.0725"))));
    ports.feed(
        Source.SWIFT,
        "crossings",
        row("c1", ES_B, DE_A, "300.00", "EUR", "2024-01-05T10:00:00Z"),
        row("c2", DE_A, ES_B, "500.00", "EUR", "2024-01-20T23:59:59Z"),
        row("c3", ES_B, GB_UNKNOWN, "450", "EUR", "2024-02-10T08:00:00+01:00"),
        row("c4", US_UNKNOWN, ES_B, "100", "USD", "2024-02-28T12:00:00Z"),
        row("c5", FR_A, DE_A, "0.01", "EUR", "2024-02-29T12:00:00Z"),
        row("c6", DE_A, ES_B, "1000.00", "EUR", "2024-03-03T00:00:00Z"),
        row("c7", ES_B, FR_A, "1200.55", "EUR", "2024-03-15T18:00:00-06:00"));
    // The same movements written out by hand, per account and UTC day, in cents.
    List<InterestFold.Movement> movements =
        List.of(
            new InterestFold.Movement(ES_B, LocalDate.parse("2024-01-05"), -30_000),
            new InterestFold.Movement(DE_A, LocalDate.parse("2024-01-05"), 30_000),
            new InterestFold.Movement(DE_A, LocalDate.parse("2024-01-20"), -50_000),
            new InterestFold.Movement(ES_B, LocalDate.parse("2024-01-20"), 50_000),
            new InterestFold.Movement(ES_B, LocalDate.parse("2024-02-10"), -45_000),
            new InterestFold.Movement(ES_B, LocalDate.parse("2024-02-28"), 9_000),
            new InterestFold.Movement(FR_A, LocalDate.parse("2024-02-29"), -1),
            new InterestFold.Movement(DE_A, LocalDate.parse("2024-02-29"), 1),
            new InterestFold.Movement(DE_A, LocalDate.parse("2024-03-03"), -100_000),
            new InterestFold.Movement(ES_B, LocalDate.parse("2024-03-03"), 100_000),
            new InterestFold.Movement(ES_B, LocalDate.parse("2024-03-16"), -120_055),
            new InterestFold.Movement(FR_A, LocalDate.parse("2024-03-16"), 120_055));
    Map<String, Map<String, InterestFold.Figures>> expected =
        InterestFold.fold(
            new java.util.LinkedHashMap<>(Map.of(DE_A, 100_000L, FR_A, 0L, ES_B, 0L)),
            movements,
            LocalDate.parse("2024-01-10"),
            LocalDate.parse("2024-03-20"),
            new BigDecimal("0.015"),
            new BigDecimal("0.0725"));

    InterestReport acme = ports.interest("acme", "2024-01-10", "2024-03-20", Optional.empty());
    InterestReport bravo = ports.interest("bravo", "2024-01-10", "2024-03-20", Optional.empty());

    assertThat(acme.creditRate()).isEqualTo("0.015");
    assertThat(acme.debitRate()).isEqualTo("0.0725");
    assertThat(acme.dayCount()).isEqualTo("ACT/365");
    for (InterestReport report : List.of(acme, bravo)) {
      long earned = 0;
      long charged = 0;
      for (InterestReport.Account account : report.accounts()) {
        Map<String, InterestFold.Figures> months = expected.get(account.iban());
        assertThat(account.months())
            .extracting(InterestReport.Month::month)
            .containsExactly("2024-01", "2024-02", "2024-03");
        for (InterestReport.Month month : account.months()) {
          InterestFold.Figures figures = months.get(month.month());
          assertThat(month.earned())
              .as(account.iban() + " " + month.month())
              .isEqualTo(EurAmount.text(figures.earned()));
          assertThat(month.charged())
              .as(account.iban() + " " + month.month())
              .isEqualTo(EurAmount.text(figures.charged()));
          earned += figures.earned();
          charged += figures.charged();
        }
      }
      assertThat(report.earned()).isEqualTo(EurAmount.text(earned));
      assertThat(report.charged()).isEqualTo(EurAmount.text(charged));
      assertThat(report.net()).isEqualTo(EurAmount.text(earned - charged));
    }
    assertThat(bravo.months())
        .extracting(InterestReport.Month::start, InterestReport.Month::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2024-01-10", "2024-01-31"),
            org.assertj.core.groups.Tuple.tuple("2024-02-01", "2024-02-29"),
            org.assertj.core.groups.Tuple.tuple("2024-03-01", "2024-03-20"));
    // Every month of bravo's single account has both credit and debit days: the fold is not
    // trivially zero on either side.
    assertThat(bravo.accounts().getFirst().months())
        .allSatisfy(
            month -> {
              assertThat(month.earned()).isNotEqualTo("0.00");
              assertThat(month.charged()).isNotEqualTo("0.00");
            });
    InterestReport frOnly = ports.interest("acme", "2024-01-10", "2024-03-20", Optional.of(FR_A));
    assertThat(frOnly.accounts()).extracting(InterestReport.Account::iban).containsExactly(FR_A);
    assertThat(frOnly.net()).isEqualTo(acme.accounts().get(1).net());
  }

  @Test
  void interestUsesOnePercentCreditAndThreePercentDebitUntilTheOrganizationSetsItsOwn() {
    ports.feed(Source.SEPA, "b1", row("x", ES_B, DE_A, "365.00", "EUR", "2024-03-01T09:00:00Z"));

    InterestReport bravo = ports.interest("bravo", "2024-03-01", "2024-03-10", Optional.empty());

    assertThat(bravo.creditRate()).isEqualTo("0.01");
    assertThat(bravo.debitRate()).isEqualTo("0.03");
    // 10 days at -365.00 and 3% a year: 365.00 x 0.03 / 365 = 0.03 a day.
    assertThat(bravo.charged()).isEqualTo("0.30");
    assertThat(bravo.earned()).isEqualTo("0.00");
    assertThat(bravo.net()).isEqualTo("-0.30");
  }
}
