package com.finflow.cashflow;

import static com.finflow.cashflow.CashflowPorts.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What the cashflow feature answers, through its use cases, on any implementation of its storage
 * ports: the in-memory fakes and the DynamoDB adapter run these same tests.
 */
public abstract class CashflowContract extends CashflowFixture {

  static List<FeedRow> scenario() {
    return List.of(
        row("r1", DE_A, ES_B, "100.00", "EUR", "2024-01-15T10:00:00Z"),
        row("r2", GB_UNKNOWN, FR_A, "200", "USD", "2024-01-20T12:00:00+02:00"),
        row("r3", DE_A, FR_A, "50.00", "EUR", "2024-02-01T00:00:00Z"),
        row("r4", FR_A, US_UNKNOWN, "10.125", "EUR", "2024-02-10T08:30:00Z"));
  }

  @Test
  void countsEachTransactionForEveryMonitoredAccountItTouches() {
    ports.feed(Source.SEPA, "b1", scenario().toArray(FeedRow[]::new));

    CompanySummary acme = ports.summary("acme");
    assertThat(acme.balance()).isEqualTo("1069.88");
    assertThat(acme.accounts())
        .containsExactly(new AccountBalance(DE_A, "850.00"), new AccountBalance(FR_A, "219.88"));
    assertThat(acme.credit()).isEqualTo("1069.88");
    assertThat(acme.debt()).isEqualTo("0.00");
    assertThat(acme.countries())
        .containsExactly(
            new CompanySummary.CountryFlow("ES", 1, "0.00", "100.00"),
            new CompanySummary.CountryFlow("GB", 1, "180.00", "0.00"),
            new CompanySummary.CountryFlow("US", 1, "0.00", "10.12"));
    assertThat(acme.transactionsCounted()).isEqualTo(4);
    assertThat(acme.latestTransactionAt()).contains("2024-02-10T08:30:00Z");
    CompanySummary bravo = ports.summary("bravo");
    assertThat(bravo.balance()).isEqualTo("100.00");
    assertThat(bravo.debt()).isEqualTo("0.00");
    assertThat(bravo.countries())
        .containsExactly(new CompanySummary.CountryFlow("DE", 1, "100.00", "0.00"));
  }

  @Test
  void aNegativeAccountIsDebtAndAPositiveOneCredit() {
    ports.feed(Source.SEPA, "b1", row("x", ES_B, DE_A, "30.00", "EUR", "2024-03-01T09:00:00Z"));

    CompanySummary bravo = ports.summary("bravo");
    assertThat(bravo.balance()).isEqualTo("-30.00");
    assertThat(bravo.debt()).isEqualTo("30.00");
    assertThat(bravo.credit()).isEqualTo("0.00");
  }

  @Test
  void givesDailyBalancesClippedToTheWindowFromTheOpeningBalance() {
    ports.feed(Source.SEPA, "b1", scenario().toArray(FeedRow[]::new));

    BalanceSeries weeks = ports.balances("acme", "2024-01-17", "2024-02-04", Interval.WEEK);

    assertThat(weeks.rows())
        .containsExactly(
            new BalanceSeries.Row(
                "2024-01-17", "2024-01-21", "900.00", "180.00", "0.00", "1080.00"),
            new BalanceSeries.Row("2024-01-22", "2024-01-28", "1080.00", "0.00", "0.00", "1080.00"),
            new BalanceSeries.Row(
                "2024-01-29", "2024-02-04", "1080.00", "0.00", "0.00", "1080.00"));
    BalanceSeries months = ports.balances("acme", "2024-01-01", "2024-03-31", Interval.QUARTER);
    assertThat(months.rows())
        .containsExactly(
            new BalanceSeries.Row(
                "2024-01-01", "2024-03-31", "1000.00", "180.00", "110.12", "1069.88"));
    BalanceSeries days = ports.balances("acme", "2024-02-09", "2024-02-11", Interval.DAY);
    assertThat(days.rows())
        .extracting(BalanceSeries.Row::closing)
        .containsExactly("1080.00", "1069.88", "1069.88");
  }

  @Test
  void aTransferBetweenTwoAccountsOfACompanyMovesEachAccountButNotTheCompany() {
    ports.feed(Source.SEPA, "b1", scenario().toArray(FeedRow[]::new));

    BalanceSeries company = ports.balances("acme", "2024-02-01", "2024-02-01", Interval.DAY);
    BalanceSeries payer =
        ports.balances("acme", "2024-02-01", "2024-02-01", Interval.DAY, Optional.of(DE_A));
    BalanceSeries beneficiary =
        ports.balances("acme", "2024-02-01", "2024-02-01", Interval.DAY, Optional.of(FR_A));

    assertThat(company.rows())
        .containsExactly(
            new BalanceSeries.Row(
                "2024-02-01", "2024-02-01", "1080.00", "0.00", "0.00", "1080.00"));
    assertThat(payer.rows())
        .containsExactly(
            new BalanceSeries.Row("2024-02-01", "2024-02-01", "900.00", "0.00", "50.00", "850.00"));
    assertThat(beneficiary.rows())
        .containsExactly(
            new BalanceSeries.Row("2024-02-01", "2024-02-01", "180.00", "50.00", "0.00", "230.00"));
  }

  @Test
  void answersTheBalanceAtAnInstantIncludingTransactionsAtThatInstant() {
    ports.feed(Source.SEPA, "b1", scenario().toArray(FeedRow[]::new));

    assertThat(ports.balanceAt("acme", "2024-02-10T08:29:59Z").balance()).isEqualTo("1080.00");
    assertThat(ports.balanceAt("acme", "2024-02-10T08:30:00Z").balance()).isEqualTo("1069.88");
    assertThat(ports.balanceAt("acme", "2024-01-20T09:59:59Z").accounts())
        .containsExactly(new AccountBalance(DE_A, "900.00"), new AccountBalance(FR_A, "0.00"));
  }

  @Test
  void theSameRowsInAnyOrderAndDeliveredTwiceGiveTheSameAnswers() {
    List<FeedRow> rows = new ArrayList<>(scenario());
    rows.add(row("p", DE_A, ES_B, "1.00", "EUR", "2024-01-16T10:00:00Z"));
    rows.add(row("p", DE_A, ES_B, "2.00", "EUR", "2024-01-16T10:00:00Z"));
    rows.add(row("bad", "XX12", ES_B, "3.00", "EUR", "2024-01-16T10:00:00Z"));
    List<String> answers = new ArrayList<>();
    for (int seed = 0; seed < 3; seed++) {
      ports = newPorts();
      ports.company("acme", "1000.00", DE_A, FR_A);
      ports.company("bravo", "", ES_B);
      ports.rate("USD", "0.9", Optional.empty());
      List<FeedRow> shuffled = new ArrayList<>(rows);
      Collections.shuffle(shuffled, new Random(seed));
      for (int i = 0; i < shuffled.size(); i++) {
        ports.feed(Source.SEPA, "s" + seed + "-" + i, shuffled.get(i));
        ports.feed(Source.SEPA, "s" + seed + "-" + i, shuffled.get(i));
      }
      answers.add(
          ports.summary("acme")
              + " "
              + ports.balances("acme", "2024-01-01", "2024-02-29", Interval.DAY)
              + " "
              + ports.quarantineSummary());
    }
    assertThat(answers).hasSize(3).allMatch(answer -> answer.equals(answers.get(0)));
    assertThat(ports.summary("acme").balance()).isEqualTo("1069.88");
  }

  @Test
  void aLateSecondRowOfABatchPaymentWithdrawsTheFirstRowsContribution() {
    ports.feed(
        Source.SWIFT, "morning", row("t1", DE_A, ES_B, "70.00", "EUR", "2024-05-01T10:00:00Z"));
    assertThat(ports.summary("acme").balance()).isEqualTo("930.00");

    ports.feed(
        Source.SWIFT, "evening", row("t1", DE_A, ES_B, "20.00", "EUR", "2024-05-01T10:00:00Z"));

    CompanySummary acme = ports.summary("acme");
    assertThat(acme.balance()).isEqualTo("1000.00");
    assertThat(acme.transactionsCounted()).isZero();
    assertThat(acme.transactionsQuarantined()).isEqualTo(2);
    assertThat(acme.countries()).isEmpty();
    assertThat(acme.latestTransactionAt()).isEmpty();
    assertThat(ports.quarantineSummary().rules())
        .containsExactly(new QuarantineSummary.RuleCount("BATCH_PAYMENT", "SWIFT", 2));
    assertThat(ports.quarantined(Optional.of(Rule.BATCH_PAYMENT), Optional.of("bravo")))
        .extracting(entry -> ((QuarantinedRow) entry).ref().batchId())
        .containsExactlyInAnyOrder("morning", "evening");
  }

  @Test
  void theSameRowTwiceInOneBatchIsABatchPaymentButTheSameBatchTwiceCountsOnce() {
    FeedRow payment = row("t1", DE_A, ES_B, "70.00", "EUR", "2024-05-01T10:00:00Z");
    ports.feed(Source.SEPA, "again", payment);
    assertThat(ports.feed(Source.SEPA, "again", payment))
        .isEqualTo(IngestBatch.Outcome.ALREADY_APPLIED);
    assertThat(ports.summary("acme").balance()).isEqualTo("930.00");

    ports.feed(Source.SEPA, "twice", payment, payment);

    assertThat(ports.summary("acme").balance()).isEqualTo("1000.00");
    assertThat(ports.quarantineSummary().rules())
        .containsExactly(new QuarantineSummary.RuleCount("BATCH_PAYMENT", "SEPA", 3));
  }

  @Test
  void theSameRowsFromAnotherSourceAreNoBatchPayment() {
    FeedRow payment = row("t1", DE_A, ES_B, "70.00", "EUR", "2024-05-01T10:00:00Z");
    ports.feed(Source.SEPA, "a", payment);
    ports.feed(Source.SWIFT, "b", payment);

    assertThat(ports.summary("acme").balance()).isEqualTo("860.00");
  }

  @Test
  void amountsOfHundredsOfBillionsStayExactToTheCentInEveryAnswer() {
    String nine = "2024-03-08T09:00:00Z";
    ports.feed(
        Source.SEPA,
        "b1",
        row("big-out", DE_A, ES_B, "999999999999.99", "EUR", nine),
        row("big-in", ES_B, DE_A, "400000000000.01", "EUR", nine),
        row("inside", FR_A, DE_A, "0.01", "EUR", nine));

    assertThat(ports.balanceAt("acme", "2024-03-08T08:59:59Z").balance()).isEqualTo("1000.00");
    assertThat(ports.balanceAt("acme", nine).balance()).isEqualTo("-599999998999.98");
    assertThat(ports.balances("acme", "2024-03-08", "2024-03-08", Interval.DAY).rows())
        .containsExactly(
            new BalanceSeries.Row(
                "2024-03-08",
                "2024-03-08",
                "1000.00",
                "400000000000.01",
                "999999999999.99",
                "-599999998999.98"));
    CompanySummary acme = ports.summary("acme");
    assertThat(acme.debt()).isEqualTo("599999998999.98");
    assertThat(acme.latestTransactionAt()).contains(nine);
    assertThat(ports.summary("bravo").balance()).isEqualTo("599999999999.98");
  }

  @Test
  void latestTransactionStaysExactWhenTheLatestIsWithdrawn() {
    ports.feed(Source.SEPA, "b1", scenario().toArray(FeedRow[]::new));
    ports.feed(Source.SEPA, "b2", row("late", DE_A, ES_B, "1.00", "EUR", "2024-02-10T09:00:00Z"));
    assertThat(ports.summary("acme").latestTransactionAt()).contains("2024-02-10T09:00:00Z");

    ports.feed(Source.SEPA, "b3", row("late", DE_A, ES_B, "5.00", "EUR", "2024-02-10T09:00:00Z"));

    assertThat(ports.summary("acme").latestTransactionAt()).contains("2024-02-10T08:30:00Z");
    assertThat(ports.summary("bravo").latestTransactionAt()).contains("2024-01-15T10:00:00Z");
  }

  @Test
  void setsAsideEachRowWithTheFirstRuleThatApplies() {
    ports
        .settings()
        .change(
            CashflowPorts.ADMIN.organizationId(),
            new CashflowSettings.Change(Optional.of(true), Optional.empty(), Optional.empty()));
    ports.feed(
        Source.SWIFT,
        "dirty",
        row("m1", DE_A, ES_B, "12,50", "EUR", "2024-05-01T10:00:00Z"),
        row("m2", "", ES_B, "1.00", "EUR", "2024-05-01T10:00:00Z"),
        row("m3", DE_A, ES_B, "1.00", "EURO", "2024-05-01T10:00:00Z"),
        row("m4", DE_A, ES_B, "1.00", "EUR", "2024-05-01 10:00"),
        row("i1", "ZZ89370400440532013000", ES_B, "1.00", "JPY", "2024-05-01T10:00:00Z"),
        row("i2", "DE89370400440532013001", "QQ1", "1.00", "EUR", "2024-05-01T10:00:00Z"),
        row("c1", "DE89370400440532013001", ES_B, "1.00", "EUR", "2024-05-01T10:00:00Z"),
        row("n1", DE_A, GB_UNKNOWN, "1.00", "JPY", "2024-05-01T10:00:00Z"));

    assertThat(ports.quarantineSummary().rules())
        .containsExactly(
            new QuarantineSummary.RuleCount("MALFORMED_ROW", "SWIFT", 4),
            new QuarantineSummary.RuleCount("INVALID_IBAN", "SWIFT", 2),
            new QuarantineSummary.RuleCount("INVALID_IBAN_CHECKSUM", "SWIFT", 1),
            new QuarantineSummary.RuleCount("NO_EXCHANGE_RATE", "SWIFT", 1));
    assertThat(ports.summary("acme").transactionsQuarantined()).isEqualTo(4);
    assertThat(ports.summary("bravo").transactionsQuarantined()).isEqualTo(6);
    assertThat(ports.quarantined(Optional.of(Rule.INVALID_IBAN), Optional.empty()))
        .extracting(entry -> ((QuarantinedRow) entry).row().id())
        .containsExactlyInAnyOrder("i1", "i2");
    assertThat(ports.summary("acme").balance()).isEqualTo("1000.00");
  }

  @Test
  void rowsWaitingForARateCountOnceItArrivesAndAGroupThatTurnsDirtyIsNotReleased() {
    ports.feed(
        Source.SWIFT,
        "early",
        row("j1", GB_UNKNOWN, DE_A, "1000", "JPY", "2024-05-01T10:00:00Z"),
        row("j2", GB_UNKNOWN, DE_A, "3", "JPY", "2023-05-01T10:00:00Z"),
        row("j3", GB_UNKNOWN, DE_A, "500", "JPY", "2024-06-01T10:00:00Z"));
    ports.feed(
        Source.SWIFT, "dup", row("j3", GB_UNKNOWN, DE_A, "7", "JPY", "2024-06-01T10:00:00Z"));
    assertThat(ports.summary("acme").balance()).isEqualTo("1000.00");

    ports.rate("JPY", "0.0061", Optional.of(java.time.LocalDate.parse("2024-01-01")));

    CompanySummary acme = ports.summary("acme");
    assertThat(acme.balance()).isEqualTo("1006.10");
    assertThat(acme.transactionsCounted()).isEqualTo(1);
    assertThat(ports.quarantineSummary().rules())
        .containsExactly(
            new QuarantineSummary.RuleCount("BATCH_PAYMENT", "SWIFT", 2),
            new QuarantineSummary.RuleCount("NO_EXCHANGE_RATE", "SWIFT", 1));
    ports.rate("JPY", "0.0061", Optional.of(java.time.LocalDate.parse("2024-01-01")));
    assertThat(ports.summary("acme").balance()).isEqualTo("1006.10");
  }

  @Test
  void aFirstRateWhoseReleaseRanBeforeTheHeldRowsWereWrittenStillReleasesThem() {
    // The batch has read the rates (no JPY); the JPY rate arrives, and its release runs, before
    // the batch writes the row it holds for it.
    ports
        .withLedger(
            new ForwardingLedger(ports.ledger()) {
              @Override
              public boolean commitRows(String organizationId, RowStep step) {
                ports.rate("JPY", "0.0061", Optional.empty());
                return super.commitRows(organizationId, step);
              }
            })
        .feed(
            Source.SWIFT,
            "racing",
            row("j1", GB_UNKNOWN, DE_A, "1000", "JPY", "2024-05-01T10:00:00Z"));

    assertThat(ports.summary("acme").balance()).isEqualTo("1006.10");
    assertThat(ports.quarantined(Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void aRedeliveryAfterAWorkerDiedHoldingRowsForANewRateStillReleasesThem() {
    BatchLedger dying =
        new ForwardingLedger(ports.ledger()) {
          @Override
          public boolean commitRows(String organizationId, RowStep step) {
            ports.rate("JPY", "0.0061", Optional.empty());
            super.commitRows(organizationId, step);
            throw new IllegalStateException("the worker died after its last row step");
          }
        };
    FeedRow held = row("j1", GB_UNKNOWN, DE_A, "1000", "JPY", "2024-05-01T10:00:00Z");
    assertThatThrownBy(() -> ports.withLedger(dying).feed(Source.SWIFT, "dying", held))
        .hasMessageContaining("died");
    assertThat(ports.summary("acme").balance()).isEqualTo("1000.00");

    ports.feed(Source.SWIFT, "dying", held);

    assertThat(ports.summary("acme").balance()).isEqualTo("1006.10");
    assertThat(ports.quarantined(Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void refusesARatePeriodThatWouldChangeRowsAlreadyCounted() {
    ports.feed(Source.SWIFT, "b", row("u", GB_UNKNOWN, DE_A, "10", "USD", "2024-05-01T10:00:00Z"));

    RatePeriodInUse refused =
        catchThrowableOfType(
            RatePeriodInUse.class,
            () -> ports.rate("USD", "0.95", Optional.of(java.time.LocalDate.parse("2024-04-01"))));

    assertThat(refused.problemType()).isEqualTo("exchange-rate-period-in-use");
    ports.rate("USD", "0.95", Optional.of(java.time.LocalDate.parse("2024-06-01")));
    ports.feed(Source.SWIFT, "c", row("v", GB_UNKNOWN, DE_A, "10", "USD", "2024-06-01T10:00:00Z"));
    assertThat(ports.summary("acme").balance()).isEqualTo("1018.50");
  }

  @Test
  void aBatchIdReusedForOtherRowsIsSetAsideWhole() {
    ports.feed(Source.SEPA, "once", row("a", DE_A, ES_B, "1.00", "EUR", "2024-05-01T10:00:00Z"));

    IngestBatch.Outcome outcome =
        ports.feed(
            Source.SEPA,
            "once",
            row("a", DE_A, ES_B, "1.00", "EUR", "2024-05-01T10:00:00Z"),
            row("b", DE_A, ES_B, "2.00", "EUR", "2024-05-01T10:00:00Z"));
    ports.feed(
        Source.SEPA,
        "once",
        row("a", DE_A, ES_B, "1.00", "EUR", "2024-05-01T10:00:00Z"),
        row("b", DE_A, ES_B, "2.00", "EUR", "2024-05-01T10:00:00Z"));

    assertThat(outcome).isEqualTo(IngestBatch.Outcome.SET_ASIDE);
    assertThat(ports.summary("acme").balance()).isEqualTo("999.00");
    assertThat(ports.quarantineSummary().rules())
        .containsExactly(new QuarantineSummary.RuleCount("BATCH_ID_REUSED", "SEPA", 2));
    assertThat(ports.quarantined(Optional.of(Rule.BATCH_ID_REUSED), Optional.empty())).hasSize(1);
  }

  @Test
  void anotherOrganizationsCompanyIsNotFound() {
    NoSuchCompany missing =
        catchThrowableOfType(
            NoSuchCompany.class,
            () ->
                new GetCompanySummary(ports.companies(), ports.aggregates())
                    .summarize(CashflowPorts.OTHER_ORGANIZATION, "acme"));
    assertThat(missing).isNotNull();
  }

  @Test
  void anIbanBelongsToOneCompanyAndIsNeverDropped() {
    assertThat(
            catchThrowableOfType(IbanOfAnotherCompany.class, () -> ports.company("copy", "", ES_B)))
        .isNotNull();
    assertThat(
            catchThrowableOfType(IbanStillMonitored.class, () -> ports.company("acme", "", DE_A)))
        .isNotNull();
    ports.company("acme", "5.00", DE_A, FR_A, GB_UNKNOWN);
    assertThat(ports.companies().find("org-1", "acme").orElseThrow().ibans()).hasSize(3);
    assertThat(ports.companies().directory("org-1").companyOf(GB_UNKNOWN)).contains("acme");
  }

  @Test
  void listsCompaniesAPageAtATime() {
    for (int i = 0; i < 3; i++) {
      ports.company("c" + i, "", "NL91ABNA041716430" + i);
    }
    Companies.Page first = ports.companies().list("org-1", Optional.empty(), 2);
    Companies.Page second = ports.companies().list("org-1", first.next(), 2);
    Companies.Page third = ports.companies().list("org-1", second.next(), 2);

    List<String> ids = new ArrayList<>();
    first.companies().forEach(c -> ids.add(c.id()));
    second.companies().forEach(c -> ids.add(c.id()));
    third.companies().forEach(c -> ids.add(c.id()));
    assertThat(ids).containsExactly("acme", "bravo", "c0", "c1", "c2");
    assertThat(third.next()).isEmpty();
  }
}
