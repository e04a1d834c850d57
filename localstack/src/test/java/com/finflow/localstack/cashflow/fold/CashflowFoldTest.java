package com.finflow.localstack.cashflow.fold;

import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.ALPHA_DE;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.ALPHA_NL;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.BETA_FR;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.OUTSIDE_ES;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.OUTSIDE_GB;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.RATES;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.balanceRow;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.batch;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.date;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.fold;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.json;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fold's answers on feeds small enough that every figure below was worked out by hand. */
class CashflowFoldTest {

  @Test
  void countsATransferBetweenTwoCompaniesForBoth() {
    FoldOutcome outcome =
        fold(batch("b1", row("t1", ALPHA_DE, BETA_FR, "250.00", "EUR", "2022-03-01T10:00:00Z")));

    CompanySummary alpha = outcome.summary("alpha");
    assertThat(alpha.toJson())
        .isEqualTo(
            json(
                """
                {"company_id":"alpha","currency":"EUR","balance":"750.00","debt":"0.00",
                 "credit":"750.00",
                 "accounts":[{"iban":"DE89370400440532013000","balance":"750.00"},
                             {"iban":"NL91ABNA0417164300","balance":"0.00"}],
                 "countries":[{"country":"FR","transactions":1,"in":"0.00","out":"250.00"}],
                 "transactions_counted":1,"transactions_quarantined":0}
                """));
    assertThat(alpha.latestTransactionAt()).contains(Instant.parse("2022-03-01T10:00:00Z"));
    assertThat(outcome.summary("beta").toJson())
        .isEqualTo(
            json(
                """
                {"company_id":"beta","currency":"EUR","balance":"250.00","debt":"0.00",
                 "credit":"250.00",
                 "accounts":[{"iban":"FR1420041010050500013M02606","balance":"250.00"}],
                 "countries":[{"country":"DE","transactions":1,"in":"250.00","out":"0.00"}],
                 "transactions_counted":1,"transactions_quarantined":0}
                """));
  }

  @Test
  void convertsAtTheRateInForceOnTheRowsUtcDayRoundingHalfEvenToTheCent() {
    FoldOutcome outcome =
        fold(
            batch(
                "b1",
                // 2022-01-01 in UTC: the dated rate 0.9; 1.25 x 0.9 = 1.125 -> 1.12.
                row("t1", OUTSIDE_GB, ALPHA_DE, "1.25", "USD", "2021-12-31T23:30:00-02:00"),
                // Still 2021 in UTC: only the undated rate 0.5; 1.35 x 0.5 = 0.675 -> 0.68.
                row("t2", OUTSIDE_GB, ALPHA_DE, "1.35", "USD", "2021-12-31T23:30:00Z")));

    CompanySummary alpha = outcome.summary("alpha");
    assertThat(alpha.accounts().getFirst().balance()).isEqualByComparingTo("1001.80");
    assertThat(alpha.countries())
        .containsExactly(
            new CompanySummary.CountryFlows(
                "GB", 2, new BigDecimal("1.80"), new BigDecimal("0.00")));
  }

  @Test
  void aTransferInsideACompanyMovesItsAccountsButNotItsBalanceOrCountries() {
    FeedBatch inside =
        batch("b1", row("t1", ALPHA_DE, ALPHA_NL, "100.00", "EUR", "2022-03-01T10:00:00Z"));
    LocalDate day = LocalDate.of(2022, 3, 1);

    FoldOutcome outcome = fold(inside);
    CompanySummary alpha = outcome.summary("alpha");
    assertThat(alpha.balance()).isEqualByComparingTo("1000.00");
    assertThat(alpha.accounts())
        .extracting(CompanySummary.AccountBalance::balance)
        .containsExactly(new BigDecimal("900.00"), new BigDecimal("100.00"));
    assertThat(alpha.countries()).isEmpty();
    assertThat(alpha.transactionsCounted()).isEqualTo(1);
    assertThat(outcome.balances("alpha", day, day, Interval.DAY, Optional.empty()))
        .containsExactly(balanceRow(day, day, "1000.00", "0.00", "0.00", "1000.00"));
    assertThat(outcome.balances("alpha", day, day, Interval.DAY, Optional.of(ALPHA_NL)))
        .containsExactly(balanceRow(day, day, "0.00", "100.00", "0.00", "100.00"));

    FoldOutcome bothWays = fold(InternalTransfers.COMPANY_IN_AND_OUT, false, RATES, inside);
    assertThat(bothWays.balances("alpha", day, day, Interval.DAY, Optional.empty()))
        .containsExactly(balanceRow(day, day, "1000.00", "100.00", "100.00", "1000.00"));
  }

  @Test
  void balancesAreOneRowPerCalendarIntervalClippedToTheWindowOnUtcDays() {
    FoldOutcome outcome =
        fold(
            batch("b1", row("d1", ALPHA_DE, BETA_FR, "250.00", "EUR", "2022-03-01T10:00:00Z")),
            // 2022-03-04 in UTC.
            batch(
                "b2",
                row("d2", OUTSIDE_GB, ALPHA_NL, "40.00", "EUR", "2022-03-03T23:30:00-01:00")));

    assertThat(
            outcome.balances(
                "alpha", date("2022-02-28"), date("2022-03-04"), Interval.DAY, Optional.empty()))
        .containsExactly(
            balanceRow(
                date("2022-02-28"), date("2022-02-28"), "1000.00", "0.00", "0.00", "1000.00"),
            balanceRow(
                date("2022-03-01"), date("2022-03-01"), "1000.00", "0.00", "250.00", "750.00"),
            balanceRow(date("2022-03-02"), date("2022-03-02"), "750.00", "0.00", "0.00", "750.00"),
            balanceRow(date("2022-03-03"), date("2022-03-03"), "750.00", "0.00", "0.00", "750.00"),
            balanceRow(
                date("2022-03-04"), date("2022-03-04"), "750.00", "40.00", "0.00", "790.00"));
    // Wednesday to the next Tuesday: the ISO week from Monday clipped, then the next week's start.
    assertThat(
            outcome.balances(
                "alpha", date("2022-03-02"), date("2022-03-08"), Interval.WEEK, Optional.empty()))
        .containsExactly(
            balanceRow(date("2022-03-02"), date("2022-03-06"), "750.00", "40.00", "0.00", "790.00"),
            balanceRow(date("2022-03-07"), date("2022-03-08"), "790.00", "0.00", "0.00", "790.00"));
    assertThat(
            outcome.balances(
                "alpha", date("2022-02-15"), date("2022-03-31"), Interval.MONTH, Optional.empty()))
        .containsExactly(
            balanceRow(
                date("2022-02-15"), date("2022-02-28"), "1000.00", "0.00", "0.00", "1000.00"),
            balanceRow(
                date("2022-03-01"), date("2022-03-31"), "1000.00", "40.00", "250.00", "790.00"));
    assertThat(
            outcome.balances(
                "alpha",
                date("2021-11-20"),
                date("2022-12-31"),
                Interval.QUARTER,
                Optional.empty()))
        .extracting(BalanceRow::start, BalanceRow::end, BalanceRow::closing)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                date("2021-11-20"), date("2021-12-31"), new BigDecimal("1000.00")),
            org.assertj.core.groups.Tuple.tuple(
                date("2022-01-01"), date("2022-03-31"), new BigDecimal("790.00")),
            org.assertj.core.groups.Tuple.tuple(
                date("2022-04-01"), date("2022-06-30"), new BigDecimal("790.00")),
            org.assertj.core.groups.Tuple.tuple(
                date("2022-07-01"), date("2022-09-30"), new BigDecimal("790.00")),
            org.assertj.core.groups.Tuple.tuple(
                date("2022-10-01"), date("2022-12-31"), new BigDecimal("790.00")));
    assertThat(
            outcome.balances(
                "alpha",
                date("2022-03-01"),
                date("2023-01-01"),
                Interval.YEAR,
                Optional.of(ALPHA_DE)))
        .containsExactly(
            balanceRow(
                date("2022-03-01"), date("2022-12-31"), "1000.00", "0.00", "250.00", "750.00"),
            balanceRow(date("2023-01-01"), date("2023-01-01"), "750.00", "0.00", "0.00", "750.00"));
  }

  @Test
  void theBalanceAtAnInstantIncludesTransactionsAtThatInstant() {
    FoldOutcome outcome =
        fold(
            batch(
                "b1", row("a1", ALPHA_DE, BETA_FR, "250.00", "EUR", "2022-03-01T11:00:00+01:00")));

    assertThat(outcome.balanceAt("alpha", Instant.parse("2022-03-01T10:00:00Z")).balance())
        .isEqualByComparingTo("750.00");
    assertThat(outcome.balanceAt("alpha", Instant.parse("2022-03-01T09:59:59.999Z")).balance())
        .isEqualByComparingTo("1000.00");
    assertThat(outcome.balanceAt("beta", Instant.parse("2030-01-01T00:00:00Z")).accounts())
        .containsExactly(new CompanySummary.AccountBalance(BETA_FR, new BigDecimal("250.00")));
  }

  @Test
  void debtSumsTheNegativeAccountsAndCreditThePositiveOnes() {
    CompanySummary alpha =
        fold(batch(
                "b1",
                row("x1", ALPHA_DE, OUTSIDE_GB, "1500.00", "EUR", "2022-03-01T10:00:00Z"),
                row("x2", OUTSIDE_ES, ALPHA_NL, "200.00", "EUR", "2022-03-01T10:00:00Z")))
            .summary("alpha");

    assertThat(alpha.balance()).isEqualByComparingTo("-300.00");
    assertThat(alpha.debt()).isEqualByComparingTo("500.00");
    assertThat(alpha.credit()).isEqualByComparingTo("200.00");
    assertThat(alpha.countries())
        .extracting(CompanySummary.CountryFlows::country)
        .containsExactly("ES", "GB");
  }

  @Test
  void theAnswersDoNotDependOnArrivalOrderOrDuplicates() {
    FeedBatch b1 =
        batch(
            "b1",
            row("o1", ALPHA_DE, OUTSIDE_GB, "10.00", "USD", "2022-03-01T10:00:00Z"),
            row("o2", OUTSIDE_ES, BETA_FR, "11.11", "EUR", "2022-03-02T10:00:00Z"));
    FeedBatch b2 =
        batch(
            "b2",
            row("o1", ALPHA_DE, OUTSIDE_GB, "12.00", "USD", "2022-03-01T10:00:00Z"),
            row("o3", BETA_FR, ALPHA_NL, "5.55", "EUR", "2022-03-03T10:00:00Z"));
    FeedBatch b3 =
        batch("b3", row("o4", ALPHA_NL, ALPHA_DE, "1.00", "EUR", "2022-03-04T10:00:00Z"));

    FoldOutcome inOrder = fold(b1, b2, b3);
    FoldOutcome shuffled = fold(b3, b2, b3, b1, b2);

    for (String company : List.of("alpha", "beta")) {
      assertThat(shuffled.summary(company)).isEqualTo(inOrder.summary(company));
      assertThat(
              shuffled.balances(
                  company, date("2022-02-01"), date("2022-03-31"), Interval.DAY, Optional.empty()))
          .isEqualTo(
              inOrder.balances(
                  company, date("2022-02-01"), date("2022-03-31"), Interval.DAY, Optional.empty()));
    }
    assertThat(shuffled.quarantineCounts()).isEqualTo(inOrder.quarantineCounts());
  }

  @Test
  void refusesAnUnknownCompanyAWindowEndingBeforeItStartsAndAnotherCompanysAccount() {
    FoldOutcome outcome = fold();

    assertThatThrownBy(() -> outcome.summary("gamma")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                outcome.balances(
                    "alpha",
                    date("2022-03-02"),
                    date("2022-03-01"),
                    Interval.DAY,
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                outcome.balances(
                    "alpha",
                    date("2022-03-01"),
                    date("2022-03-02"),
                    Interval.DAY,
                    Optional.of(BETA_FR)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
