package com.finflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A repeat extraction of the same consent asks only for what was booked since the newest kept day,
 * and answers exactly what a full extraction answers.
 */
class IncrementalExtractionTest {

  private static final Cpf USER = Cpf.parse("52998224725").orElseThrow();
  private static final RetryingProvider.Policy RETRIES =
      new RetryingProvider.Policy(Duration.ofMillis(5), Duration.ofMillis(50), 3);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T15:00:00Z"));
  private final LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  private final InMemoryProviderSessions sessions = new InMemoryProviderSessions(clock);
  private final InMemoryTransactionHistory history = new InMemoryTransactionHistory(clock);
  // A year of daily transactions on six accounts, 25 per page: 15 pages each.
  private final DatedProvider provider = sixAccountsOfAYear();

  @Test
  void aRepeatAsksOnlyForTheNewestDayAndAnswersWhatAFullExtractionAnswers() {
    Extraction first = extract(command(false, false));
    int firstCalls = provider.totalCalls();
    provider.book("account-0", "new-today", today);
    provider.book("account-3", "new-yesterday-later", today.minusDays(1));

    Extraction repeat = extract(command(false, false));
    int repeatCalls = provider.totalCalls() - firstCalls;
    Extraction full = extract(command(false, true));

    assertThat(repeat.accounts()).isEqualTo(full.accounts());
    assertThat(repeat.summary().totalTransactions()).isEqualTo(6 * 364 + 2);
    assertThat(repeat.summary().errors()).isEqualTo(full.summary().errors()).isEmpty();
    assertThat(repeat.accounts().get(0).transactions().get(0).transactionId())
        .isEqualTo("new-today");
    assertThat(first.summary().totalTransactions()).isEqualTo(6 * 364);
    // First: register, token, consent, accounts, then 6 balances and 6 x 15 pages.
    assertThat(firstCalls).isEqualTo(4 + 6 + 6 * 15);
    // Repeat: 6 balances and one page per account.
    assertThat(repeatCalls).isEqualTo(6 + 6);
    assertThat(1.0 - (double) repeatCalls / firstCalls).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void fullTrueAsksForEveryPageAgain() {
    extract(command(false, false));
    int before = provider.calls("transactions");

    extract(command(false, true));

    assertThat(provider.calls("transactions") - before).isEqualTo(6 * 15);
  }

  @Test
  void pendingTransactionsAreAlwaysReadAgainAndOnlyBookedOnesAreKept() {
    provider.pending("account-1", "pending-old", today.minusDays(20));
    provider.pending("account-1", "pending-gone", today.minusDays(5));
    extract(command(false, false));
    assertThat(history.find("org-1", "urn:consent:1", "account-1").orElseThrow().transactions())
        .extracting(Extraction.TransactionData::transactionId)
        .doesNotContain("pending-old", "pending-gone");

    provider.remove("account-1", "pending-old");
    provider.book("account-1", "pending-old", today.minusDays(20));
    provider.remove("account-1", "pending-gone");
    Extraction repeat = extract(command(false, false));
    Extraction full = extract(command(false, true));

    assertThat(repeat.accounts()).isEqualTo(full.accounts());
    assertThat(transactionIds(repeat, 1)).contains("pending-old").doesNotContain("pending-gone");
  }

  @Test
  void theNextDaysRepeatLeavesOutWhatFellOutOfTheTwelveMonths() {
    extract(command(false, false));
    clock.advance(Duration.ofDays(3));
    provider.book("account-2", "three-days-later", today.plusDays(2));

    Extraction repeat = extract(command(false, false));
    Extraction full = extract(command(false, true));

    assertThat(repeat.accounts()).isEqualTo(full.accounts());
    assertThat(repeat.summary().totalTransactions()).isEqualTo(6 * 361 + 1);
  }

  @Test
  void theBookedTransactionsAreKeptForAsLongAsTheConsent() {
    extract(command(false, false));

    Instant consentUntil = sessions.consent("org-1", USER).orElseThrow().until();
    assertThat(history.until("org-1", "urn:consent:1", "account-5")).contains(consentUntil);
    assertThat(consentUntil).isAfter(clock.instant().plus(Duration.ofDays(89)));
    int writes = history.writes();

    extract(command(false, false));

    // Nothing new was booked: nothing is written again.
    assertThat(history.writes()).isEqualTo(writes);
  }

  @Test
  void anUnreadableRecordIsListedAndLeftOutAndItsAccountIsReadInFullNextTime() {
    provider.unreadable(
        "account-4",
        new OpenFinanceProvider.Unreadable("t-bad", "transactionAmount.amount", "is missing"));

    Extraction first = extract(command(false, false));
    int before = provider.calls("transactions");
    Extraction repeat = extract(command(false, false));

    assertThat(first.summary().errors())
        .containsExactly(
            new Extraction.AccountError(
                "account-4",
                Optional.of("t-bad"),
                Optional.of("transactionAmount.amount"),
                "is missing"));
    assertThat(first.summary().totalTransactions()).isEqualTo(6 * 364);
    assertThat(repeat.summary().errors()).isEqualTo(first.summary().errors());
    assertThat(repeat.accounts()).isEqualTo(first.accounts());
    assertThat(provider.calls("transactions") - before).isEqualTo(5 + 15);
  }

  @Test
  void aStrictExtractionFailsOnAnUnreadableRecordNamingIt() {
    provider.unreadable(
        "account-4",
        new OpenFinanceProvider.Unreadable("t-bad", "transactionDate", "is not a date: 07/01"));

    UnreadableProviderData failure =
        catchThrowableOfType(UnreadableProviderData.class, () -> extract(command(true, false)));

    assertThat(failure.problemType()).isEqualTo("provider-data-unreadable");
    assertThat(failure)
        .hasMessage(
            "1 record of the provider could not be read:"
                + " account account-4, record t-bad, transactionDate: is not a date: 07/01");
    assertThat(failure.facts().get("unreadable")).asList().hasSize(1);
  }

  private DatedProvider sixAccountsOfAYear() {
    DatedProvider dated = new DatedProvider(25);
    for (int i = 0; i < 6; i++) {
      dated.withAccount("account-" + i, today, 364);
    }
    return dated;
  }

  private static ExtractionCommand command(boolean strict, boolean full) {
    return new ExtractionCommand("App", "Org", "1", USER, false, Optional.empty(), strict, full);
  }

  private Extraction extract(ExtractionCommand command) {
    return new Extractor(
            within -> new RetryingProvider(provider, within, RETRIES),
            sessions,
            history,
            clock,
            "sandbox")
        .extract("org-1", command, Deadline.in(Duration.ofSeconds(10), clock));
  }

  private static java.util.List<String> transactionIds(Extraction extraction, int account) {
    return extraction.accounts().get(account).transactions().stream()
        .map(Extraction.TransactionData::transactionId)
        .toList();
  }
}
