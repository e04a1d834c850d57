package com.finflow.localstack.cashflow.fold;

import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.ALPHA_DE;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.BETA_FR;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.OUTSIDE_ES;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.OUTSIDE_GB;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.RATES;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.WRONG_CHECK_DIGITS;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.batch;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.fold;
import static com.finflow.localstack.cashflow.fold.HandWorkedFeeds.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which rule the fold sets each dirty row aside under, on feeds worked out by hand. */
class CashflowFoldQuarantineTest {

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
}
