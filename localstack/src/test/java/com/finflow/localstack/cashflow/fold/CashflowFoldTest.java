package com.finflow.localstack.cashflow.fold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fold on datasets small enough that every answer below was worked out by hand. */
class CashflowFoldTest {

  private static final String ALPHA_DE = "DE89370400440532013000";
  private static final String ALPHA_NL = "NL91ABNA0417164300";
  private static final String BETA_FR = "FR1420041010050500013M02606";
  private static final String OUTSIDE_GB = "GB29NWBK60161331926819";
  private static final String OUTSIDE_ES = "ES9121000418450200051332";

  /** DE89... with other check digits: a real country and length, wrong mod-97. */
  private static final String WRONG_CHECK_DIGITS = "DE88370400440532013000";

  private static final List<MonitoredCompany> COMPANIES =
      List.of(
          new MonitoredCompany(
              "alpha", List.of(ALPHA_DE, ALPHA_NL), Map.of(ALPHA_DE, new BigDecimal("1000.00"))),
          new MonitoredCompany("beta", List.of(BETA_FR), Map.of()));

  private static final List<RateEntry> RATES =
      List.of(
          new RateEntry("USD", new BigDecimal("0.5"), Optional.empty()),
          new RateEntry("USD", new BigDecimal("0.9"), Optional.of(LocalDate.of(2022, 1, 1))));

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
  void givesEachRowTheFirstRuleThatAppliesInTheIssuesOrder() {
    FeedBatch batch =
        batch(
            "b1",
            row("malformed", "XX0012", ALPHA_DE, "1,50", "EUR", "2022-03-01T10:00:00Z"),
            row(
                "no-country",
                "XX" + OUTSIDE_GB.substring(2),
                ALPHA_DE,
                "1.00",
                "EUR",
                "2022-03-01T10:00:00Z"),
            row("checksum", WRONG_CHECK_DIGITS, BETA_FR, "5.00", "EUR", "2022-03-01T10:00:00Z"),
            row("group", OUTSIDE_GB, ALPHA_DE, "2.00", "BRL", "2022-03-01T10:00:00Z"),
            row("group", OUTSIDE_GB, ALPHA_DE, "3.00", "BRL", "2022-03-01T10:00:00Z"),
            row("no-rate", OUTSIDE_GB, ALPHA_DE, "4.00", "BRL", "2022-03-01T10:00:00Z"));

    assertThat(fold(batch).quarantined())
        .extracting(QuarantinedRow::position, QuarantinedRow::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, QuarantineRule.MALFORMED_ROW),
            org.assertj.core.groups.Tuple.tuple(1, QuarantineRule.INVALID_IBAN),
            org.assertj.core.groups.Tuple.tuple(3, QuarantineRule.BATCH_PAYMENT),
            org.assertj.core.groups.Tuple.tuple(4, QuarantineRule.BATCH_PAYMENT),
            org.assertj.core.groups.Tuple.tuple(5, QuarantineRule.NO_EXCHANGE_RATE));
    assertThat(fold(batch).summary("beta").balance()).isEqualByComparingTo("5.00");

    FoldOutcome strict = fold(InternalTransfers.NOT_COMPANY_FLOWS, true, RATES, batch);
    assertThat(strict.quarantined())
        .filteredOn(row -> row.position() == 2)
        .extracting(QuarantinedRow::rule)
        .containsExactly(QuarantineRule.INVALID_IBAN_CHECKSUM);
    assertThat(strict.summary("beta").balance()).isEqualByComparingTo("0.00");
    assertThat(strict.summary("alpha").transactionsQuarantined()).isEqualTo(5);
  }

  @Test
  void refusesEachKindOfMalformedRow() {
    ObjectNode missingAmount =
        row("m1", OUTSIDE_GB, ALPHA_DE, "1.00", "EUR", "2022-03-01T10:00:00Z");
    missingAmount.remove("amount");
    ObjectNode numberAmount =
        row("m2", OUTSIDE_GB, ALPHA_DE, "1.00", "EUR", "2022-03-01T10:00:00Z");
    numberAmount.put("amount", 1.0);
    ObjectNode extraMember = row("m3", OUTSIDE_GB, ALPHA_DE, "1.00", "EUR", "2022-03-01T10:00:00Z");
    extraMember.put("memo", "x");
    FeedBatch batch =
        batch(
            "b1",
            missingAmount,
            numberAmount,
            extraMember,
            row("m4", OUTSIDE_GB, ALPHA_DE, "-1.00", "EUR", "2022-03-01T10:00:00Z"),
            row("m5", OUTSIDE_GB, ALPHA_DE, "0", "EUR", "2022-03-01T10:00:00Z"),
            row("m6", OUTSIDE_GB, ALPHA_DE, "1e3", "EUR", "2022-03-01T10:00:00Z"),
            row("m7", OUTSIDE_GB, ALPHA_DE, "1.00", "XYZ", "2022-03-01T10:00:00Z"),
            row("m8", OUTSIDE_GB, ALPHA_DE, "1.00", "usd", "2022-03-01T10:00:00Z"),
            row("m9", OUTSIDE_GB, ALPHA_DE, "1.00", "EUR", "2022-03-01T10:00:00"),
            row("m10", OUTSIDE_GB, ALPHA_DE, "1.00", "EUR", "2022-02-30T10:00:00Z"),
            row("", OUTSIDE_GB, ALPHA_DE, "1.00", "EUR", "2022-03-01T10:00:00Z"),
            row("ok", OUTSIDE_GB, ALPHA_DE, "0.01", "EUR", "2022-03-01T10:00:00.123+05:30"));

    FoldOutcome outcome = fold(batch);

    assertThat(outcome.quarantineCounts())
        .isEqualTo(Map.of(QuarantineRule.MALFORMED_ROW, Map.of("SWIFT", 11L)));
    assertThat(outcome.summary("alpha").accounts().getFirst().balance())
        .isEqualByComparingTo("1000.01");
  }

  @Test
  void aBatchPaymentCompletedByALaterBatchWithdrawsTheRowAlreadyCounted() {
    FeedBatch first =
        batch("b1", row("p1", ALPHA_DE, OUTSIDE_GB, "10.00", "EUR", "2022-03-01T10:00:00Z"));
    // The same instant written with another offset is the same timestamp.
    FeedBatch second =
        batch("b2", row("p1", ALPHA_DE, OUTSIDE_GB, "20.00", "EUR", "2022-03-01T12:00:00+02:00"));

    assertThat(fold(first).summary("alpha").balance()).isEqualByComparingTo("990.00");

    CompanySummary both = fold(first, second).summary("alpha");
    assertThat(both.balance()).isEqualByComparingTo("1000.00");
    assertThat(both.transactionsCounted()).isZero();
    assertThat(both.transactionsQuarantined()).isEqualTo(2);
    assertThat(both.latestTransactionAt()).isEmpty();
  }

  @Test
  void aRedeliveredBatchCountsOnceButTheSameRowTwiceInOneBatchIsABatchPayment() {
    ObjectNode row = row("p1", ALPHA_DE, OUTSIDE_GB, "10.00", "EUR", "2022-03-01T10:00:00Z");
    FeedBatch once = batch("b1", row);

    FoldOutcome redelivered = fold(once, once, once);
    assertThat(redelivered.summary("alpha").balance()).isEqualByComparingTo("990.00");
    assertThat(redelivered.quarantined()).isEmpty();

    FoldOutcome twiceInOne = fold(batch("b2", row, row.deepCopy()));
    assertThat(twiceInOne.quarantineCounts())
        .isEqualTo(Map.of(QuarantineRule.BATCH_PAYMENT, Map.of("SWIFT", 2L)));
  }

  @Test
  void aBatchIdBackWithOtherRowsIsSetAsideWholeAndTheFirstStands() {
    FeedBatch first =
        batch("b1", row("p1", ALPHA_DE, OUTSIDE_GB, "10.00", "EUR", "2022-03-01T10:00:00Z"));
    FeedBatch reused =
        batch(
            "b1",
            row("p2", ALPHA_DE, OUTSIDE_GB, "30.00", "EUR", "2022-03-02T10:00:00Z"),
            row("p3", OUTSIDE_ES, BETA_FR, "40.00", "EUR", "2022-03-02T10:00:00Z"));

    FoldOutcome outcome = fold(first, reused, reused);

    assertThat(outcome.quarantineCounts())
        .isEqualTo(Map.of(QuarantineRule.BATCH_ID_REUSED, Map.of("SWIFT", 2L)));
    assertThat(outcome.summary("alpha").balance()).isEqualByComparingTo("990.00");
    assertThat(outcome.summary("alpha").transactionsQuarantined()).isEqualTo(1);
    assertThat(outcome.summary("beta").balance()).isEqualByComparingTo("0.00");
  }

  @Test
  void aRowWithoutARateInForceWaitsAndCountsOnceTheRateIsThere() {
    FeedBatch batch =
        batch(
            "b1",
            row("r1", OUTSIDE_GB, ALPHA_DE, "100.00", "BRL", "2022-03-01T10:00:00Z"),
            row("r2", OUTSIDE_GB, ALPHA_DE, "100.00", "BRL", "2021-06-01T10:00:00Z"));
    List<RateEntry> withBrl =
        List.of(
            new RateEntry("BRL", new BigDecimal("0.18"), Optional.of(LocalDate.of(2022, 1, 1))));

    assertThat(fold(batch).quarantineCounts())
        .isEqualTo(Map.of(QuarantineRule.NO_EXCHANGE_RATE, Map.of("SWIFT", 2L)));
    FoldOutcome released = fold(InternalTransfers.NOT_COMPANY_FLOWS, false, withBrl, batch);
    assertThat(released.quarantined()).extracting(QuarantinedRow::position).containsExactly(1);
    assertThat(released.summary("alpha").balance()).isEqualByComparingTo("1018.00");
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

  private static FoldOutcome fold(FeedBatch... batches) {
    return fold(InternalTransfers.NOT_COMPANY_FLOWS, false, RATES, batches);
  }

  private static FoldOutcome fold(
      InternalTransfers reading, boolean strict, List<RateEntry> rates, FeedBatch... batches) {
    CashflowFold fold = new CashflowFold(COMPANIES, strict, rates, reading);
    for (FeedBatch batch : batches) {
      fold.deliver(batch);
    }
    return fold.fold();
  }

  private static FeedBatch batch(String batchId, ObjectNode... rows) {
    ArrayNode transactions = JsonNodeFactory.instance.arrayNode();
    for (ObjectNode row : rows) {
      transactions.add(row);
    }
    return new FeedBatch("SWIFT", batchId, transactions);
  }

  private static ObjectNode row(
      String id, String payer, String beneficiary, String amount, String currency, String at) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("id", id)
        .put("payer_iban", payer)
        .put("beneficiary_iban", beneficiary)
        .put("amount", amount)
        .put("currency", currency)
        .put("timestamp", at);
  }

  private static BalanceRow balanceRow(
      LocalDate start, LocalDate end, String opening, String in, String out, String closing) {
    return new BalanceRow(
        start,
        end,
        new BigDecimal(opening),
        new BigDecimal(in),
        new BigDecimal(out),
        new BigDecimal(closing));
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static ObjectNode json(String text) {
    try {
      return (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
