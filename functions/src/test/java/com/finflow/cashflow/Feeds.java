package com.finflow.cashflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Test data: companies and a seeded feed of rows, some of them dirty. */
final class Feeds {

  static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

  /** Instants the answers include a balance at: inside days that hold rows. */
  private static final List<String> BALANCE_AT =
      List.of("2023-03-17T05:00:00Z", "2023-11-02T13:30:00Z", "2024-06-30T23:59:59Z");

  private Feeds() {}

  static String ibanOf(int company, int account) {
    return String.format("DE%02d%018d", 10 + account, company);
  }

  /** Registers {@code companies} companies of two accounts each, and USD and GBP rates. */
  static void registerCompanies(CashflowPorts ports, int companies) {
    for (int c = 0; c < companies; c++) {
      ports.company("co" + c, c % 3 == 0 ? "250.00" : "", ibanOf(c, 0), ibanOf(c, 1));
    }
    ports.rate("USD", "0.91", Optional.empty());
    ports.rate("GBP", "1.17", Optional.empty());
  }

  /**
   * {@code count} rows in time order over two years between the companies' accounts and unknown
   * ones, with about 2% batch payments and 1% invalid IBANs.
   */
  static List<FeedRow> rows(int count, int companies, long seed) {
    Random random = new Random(seed);
    List<FeedRow> rows = new ArrayList<>();
    String[] currencies = {"EUR", "EUR", "USD", "GBP"};
    long span = ChronoUnit.SECONDS.between(START, START.plus(730, ChronoUnit.DAYS));
    for (int i = 0; i < count; i++) {
      Instant at = START.plusSeconds(span * i / count);
      String payer = ibanOf(random.nextInt(companies), random.nextInt(2));
      String beneficiary =
          random.nextInt(3) == 0
              ? "GB"
                  + (10 + random.nextInt(89))
                  + "NWBK"
                  + (60000000000000L + random.nextInt(1000000))
              : ibanOf(random.nextInt(companies), random.nextInt(2));
      if (random.nextInt(100) == 0) {
        beneficiary = "1X" + beneficiary.substring(2);
      }
      String amount = BigDecimal.valueOf(random.nextInt(10_000_00) + 1, 2).toPlainString();
      String currency = currencies[random.nextInt(currencies.length)];
      FeedRow row = new FeedRow("t" + i, payer, beneficiary, amount, currency, at.toString());
      rows.add(row);
      if (random.nextInt(50) == 0) {
        rows.add(new FeedRow("t" + i, payer, beneficiary, "1.00", currency, at.toString()));
      }
    }
    return rows;
  }

  /** The rows cut into batches of {@code size}, named {@code prefix-n}. */
  static List<Batch> batches(Source source, String prefix, List<FeedRow> rows, int size) {
    List<Batch> batches = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += size) {
      batches.add(
          new Batch(
              source,
              prefix + "-" + from / size,
              rows.subList(from, Math.min(rows.size(), from + size))));
    }
    return batches;
  }

  /**
   * The answers a test compares: every company's summary, daily balances and balance at a few
   * instants, the rule counts.
   */
  static String answers(CashflowPorts ports, int companies) {
    StringBuilder answers = new StringBuilder();
    for (int c = 0; c < companies; c++) {
      answers.append(ports.summary("co" + c)).append('\n');
      answers
          .append(ports.balances("co" + c, "2023-01-01", "2024-12-31", Interval.DAY))
          .append('\n');
      for (String at : BALANCE_AT) {
        answers.append(ports.balanceAt("co" + c, at)).append('\n');
      }
    }
    return answers.append(ports.quarantineSummary()).toString();
  }
}
