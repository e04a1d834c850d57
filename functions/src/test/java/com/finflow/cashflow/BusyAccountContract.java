package com.finflow.cashflow;

import static com.finflow.cashflow.CashflowPorts.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * An account with more distinct transaction instants in a month than a DynamoDB item holds (about
 * 8,800): it keeps counting, withdrawing and releasing, and every answer equals a plain fold over
 * the rows, on any implementation of the storage ports.
 */
public abstract class BusyAccountContract extends CashflowFixture {

  private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
  private static final int ROWS = 10_000;
  private static final long OPENING_CENTS = 100_000;

  private static long cents(int row) {
    return row % 997 + 1;
  }

  private static Instant at(int row) {
    return START.plusSeconds(60L * row);
  }

  private static String eur(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  @Test
  void aBusyAccountKeepsCountingPastWhatItsMonthsItemHolds() {
    List<FeedRow> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(row("busy" + i, GB_UNKNOWN, DE_A, eur(cents(i)), "EUR", at(i).toString()));
    }
    ports.feed(Source.SEPA, "busy-1", rows.subList(0, ROWS / 2).toArray(FeedRow[]::new));
    ports.feed(Source.SEPA, "busy-2", rows.subList(ROWS / 2, ROWS).toArray(FeedRow[]::new));
    // After the month is full: a second row makes row 0 a batch payment, withdrawn from it, and
    // rows in a currency without a rate wait, then count once the rate comes.
    List<FeedRow> late = new ArrayList<>();
    late.add(row("busy0", GB_UNKNOWN, DE_A, "9.99", "EUR", at(0).toString()));
    for (int i = 0; i < 40; i++) {
      late.add(row("gbp" + i, GB_UNKNOWN, DE_A, "10.00", "GBP", at(ROWS + i).toString()));
    }
    ports.feed(Source.SEPA, "busy-3", late.toArray(FeedRow[]::new));
    ports.rate("GBP", "1.10", Optional.empty());

    // The fold: rows 1 to ROWS - 1 at their amounts, then 40 rows of 11.00 EUR.
    TreeMap<Instant, Long> counted = new TreeMap<>();
    for (int i = 1; i < ROWS; i++) {
      counted.put(at(i), cents(i));
    }
    for (int i = 0; i < 40; i++) {
      counted.put(at(ROWS + i), 1_100L);
    }
    long total = OPENING_CENTS + counted.values().stream().mapToLong(Long::longValue).sum();

    CompanySummary acme = ports.summary("acme");
    assertThat(acme.transactionsCounted()).isEqualTo(ROWS - 1 + 40);
    assertThat(acme.accounts()).contains(new AccountBalance(DE_A, eur(total)));
    assertThat(acme.latestTransactionAt()).contains(at(ROWS + 39).toString());
    for (int row : new int[] {0, 3, 4_000, 9_000, ROWS - 1, ROWS + 20}) {
      long upTo =
          OPENING_CENTS
              + counted.headMap(at(row), true).values().stream().mapToLong(Long::longValue).sum();
      assertThat(ports.balanceAt("acme", at(row).toString()).balance())
          .as("balance at row %d", row)
          .isEqualTo(eur(upTo));
      assertThat(ports.balanceAt("acme", at(row).minusSeconds(1).toString()).balance())
          .as("balance just before row %d", row)
          .isEqualTo(eur(upTo - counted.getOrDefault(at(row), 0L)));
    }
    BalanceSeries days = ports.balances("acme", "2024-03-01", "2024-03-10", Interval.DAY);
    long closing = OPENING_CENTS;
    for (BalanceSeries.Row day : days.rows()) {
      LocalDate date = LocalDate.parse(day.start());
      for (var row : counted.entrySet()) {
        if (LocalDate.ofInstant(row.getKey(), ZoneOffset.UTC).equals(date)) {
          closing += row.getValue();
        }
      }
      assertThat(day.closing()).as("closing of %s", date).isEqualTo(eur(closing));
    }
    assertThat(closing).isEqualTo(total);
  }
}
