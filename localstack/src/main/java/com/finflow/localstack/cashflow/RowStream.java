package com.finflow.localstack.cashflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The rows of one source, made lazily batch after batch in timestamp order: only the batch being
 * made and the batch-payment copies waiting for a later batch are held, so {@code large} streams.
 *
 * <p>Row {@code i} of {@code n} falls in the {@code i}-th equal slice of the period, so the feed is
 * chronological. Defects, each drawn per row and never combined: a malformed field, an IBAN that
 * starts with no country code, an IBAN failing only mod-97, and batch-payment groups of two or
 * three rows (same id, payer, beneficiary and timestamp, other amounts) whose later rows go into
 * the next batches.
 */
final class RowStream {

  /** Chances per 100,000 rows. */
  private static final int MALFORMED = 50;

  private static final int INVALID_IBAN = 1_000;
  private static final int WRONG_CHECK_DIGITS = 100;
  private static final int GROUP_LEAD = 400;

  private static final List<ZoneOffset> OFFSETS =
      List.of(
          ZoneOffset.UTC,
          ZoneOffset.ofHours(1),
          ZoneOffset.ofHours(2),
          ZoneOffset.ofHours(-5),
          ZoneOffset.ofHoursMinutes(5, 30),
          ZoneOffset.ofHours(9),
          ZoneOffset.ofHours(-3),
          ZoneOffset.ofHours(10));
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

  private final Source source;
  private final long total;
  private final int batchRows;
  private final Instant start;
  private final long spanMillis;
  private final CompanyRoster roster;
  private final Optional<String> withheldCurrency;
  private final SplittableRandom draw;
  private final PlantedCounts counts;
  private final List<List<Row>> waiting = new ArrayList<>();
  private long made;
  private long batches;

  RowStream(
      Source source,
      long total,
      int batchRows,
      Instant start,
      Instant end,
      CompanyRoster roster,
      Optional<String> withheldCurrency,
      SplittableRandom draw,
      PlantedCounts counts) {
    this.source = source;
    this.total = total;
    this.batchRows = batchRows;
    this.start = start;
    this.spanMillis = end.toEpochMilli() - start.toEpochMilli();
    this.roster = roster;
    this.withheldCurrency = withheldCurrency;
    this.draw = draw;
    this.counts = counts;
  }

  boolean hasNext() {
    return made < total || !waiting.isEmpty();
  }

  Batch next() {
    List<Row> rows = new ArrayList<>(batchRows);
    // Copies from earlier batches come first: their timestamps precede every new row's.
    if (!waiting.isEmpty()) {
      rows.addAll(waiting.removeFirst());
    }
    while (rows.size() < batchRows && made < total) {
      rows.add(nextRow());
    }
    batches++;
    counts.batch(source);
    return new Batch(source, source.name() + "-" + pad(batches, 6), rows);
  }

  private Row nextRow() {
    long index = made;
    Instant at = start.plusMillis(index * spanMillis / total + draw.nextLong(spanMillis / total));
    if (source == Source.SEPA) {
      at = at.truncatedTo(ChronoUnit.SECONDS);
    }
    String id = source.name().toLowerCase(Locale.ROOT) + "-" + pad(index + 1, 9);
    Row row = clean(id, at);
    made++;
    counts.row(source);
    int defect = draw.nextInt(100_000);
    if (defect < MALFORMED) {
      counts.quarantined(source, Rule.MALFORMED_ROW);
      return malformed(unwithheld(row));
    }
    defect -= MALFORMED;
    if (defect < INVALID_IBAN) {
      counts.quarantined(source, Rule.INVALID_IBAN);
      return withCounterpart(unwithheld(row), IbanMint::withoutCountry);
    }
    defect -= INVALID_IBAN;
    if (defect < WRONG_CHECK_DIGITS) {
      counts.quarantined(source, Rule.INVALID_IBAN_CHECKSUM);
      return withCounterpart(unwithheld(row), IbanMint::withWrongCheckDigits);
    }
    defect -= WRONG_CHECK_DIGITS;
    if (defect < GROUP_LEAD) {
      int size = 2 + draw.nextInt(2);
      if (made + size - 1 <= total) {
        group(row, size);
        return row;
      }
    }
    if (withheldCurrency.isPresent() && withheldCurrency.get().equals(row.currency())) {
      counts.quarantined(source, Rule.NO_EXCHANGE_RATE);
    }
    return row;
  }

  /** The other rows of a batch-payment group, one per following batch. */
  private void group(Row lead, int size) {
    counts.group(source);
    counts.quarantined(source, Rule.BATCH_PAYMENT);
    for (int member = 1; member < size; member++) {
      String amount;
      do {
        amount = amount(SwiftCurrency.of(lead.currency()));
      } while (amount.equals(lead.amount()));
      while (waiting.size() < member) {
        waiting.add(new ArrayList<>());
      }
      waiting.get(member - 1).add(lead.withAmount(amount));
      made++;
      counts.row(source);
      counts.quarantined(source, Rule.BATCH_PAYMENT);
    }
  }

  private Row clean(String id, Instant at) {
    SwiftCurrency currency;
    String payer;
    String beneficiary;
    if (source == Source.SEPA) {
      currency = SwiftCurrency.ALL.getFirst();
      payer = roster.anyAccount(draw);
      beneficiary =
          draw.nextInt(100) < 3
              ? roster.siblingOf(payer, draw)
              : roster.accountOfAnotherCompany(payer, draw);
    } else {
      currency = currency();
      String known = roster.anyAccount(draw);
      String other =
          draw.nextInt(100) < 15
              ? roster.accountOfAnotherCompany(known, draw)
              : roster.anyCounterpart(draw);
      boolean outgoing = draw.nextBoolean();
      payer = outgoing ? known : other;
      beneficiary = outgoing ? other : known;
    }
    ZoneOffset offset = OFFSETS.get(draw.nextInt(OFFSETS.size()));
    boolean millis = source == Source.SWIFT && draw.nextInt(10) < 3;
    String timestamp = (millis ? MILLIS : SECONDS).format(at.atOffset(offset));
    return new Row(
        id, payer, beneficiary, amount(currency), currency.code(), timestamp, at, Optional.empty());
  }

  private SwiftCurrency currency() {
    int share = draw.nextInt(1000);
    for (SwiftCurrency currency : SwiftCurrency.ALL) {
      share -= currency.perMille();
      if (share < 0) {
        return currency;
      }
    }
    return SwiftCurrency.ALL.getFirst();
  }

  /**
   * An amount worth up to 1,000 EUR (60%), 50,000 EUR (30%) or 1,000,000 EUR (10%), in the
   * currency's own scale; one in twenty is a round amount without decimals.
   */
  private String amount(SwiftCurrency currency) {
    int tier = draw.nextInt(10);
    long bound = tier < 6 ? 100_000L : tier < 9 ? 5_000_000L : 100_000_000L;
    BigDecimal eur = BigDecimal.valueOf(1 + draw.nextLong(bound), 2);
    BigDecimal amount =
        eur.divide(currency.startingEurRate(), currency.scale(), RoundingMode.HALF_EVEN);
    if (draw.nextInt(20) == 0) {
      amount = amount.setScale(0, RoundingMode.HALF_EVEN);
    }
    if (amount.signum() <= 0) {
      amount = BigDecimal.ONE;
    }
    return amount.toPlainString();
  }

  /** Defects stay out of a withheld currency, so each row is counted under exactly one rule. */
  private Row unwithheld(Row row) {
    if (withheldCurrency.isEmpty() || !withheldCurrency.get().equals(row.currency())) {
      return row;
    }
    return new Row(
        row.id(),
        row.payerIban(),
        row.beneficiaryIban(),
        row.amount(),
        "EUR",
        row.timestamp(),
        row.at(),
        row.missingField());
  }

  private Row malformed(Row row) {
    return switch (draw.nextInt(5)) {
      case 0 ->
          new Row(
              row.id(),
              row.payerIban(),
              row.beneficiaryIban(),
              decimalComma(row.amount()),
              row.currency(),
              row.timestamp(),
              row.at(),
              Optional.empty());
      case 1 ->
          new Row(
              row.id(),
              row.payerIban(),
              row.beneficiaryIban(),
              row.amount(),
              "XYZ",
              row.timestamp(),
              row.at(),
              Optional.empty());
      case 2 ->
          new Row(
              row.id(),
              row.payerIban(),
              row.beneficiaryIban(),
              row.amount(),
              row.currency(),
              row.timestamp().substring(0, 19),
              row.at(),
              Optional.empty());
      case 3 ->
          new Row(
              row.id(),
              row.payerIban(),
              row.beneficiaryIban(),
              row.amount(),
              row.currency(),
              row.timestamp(),
              row.at(),
              Optional.of("amount"));
      default ->
          new Row(
              row.id(),
              row.payerIban(),
              row.beneficiaryIban(),
              row.amount(),
              row.currency(),
              row.timestamp(),
              row.at(),
              Optional.of("timestamp"));
    };
  }

  /** The amount as some European spreadsheets write it: never a plain decimal. */
  private static String decimalComma(String amount) {
    return amount.contains(".") ? amount.replace('.', ',') : amount + ",00";
  }

  private interface Defect {
    String apply(String iban, SplittableRandom draw);
  }

  /** The defect on the side that is not the company's own account (either side for SEPA). */
  private Row withCounterpart(Row row, Defect defect) {
    boolean payerSide = source == Source.SEPA ? draw.nextBoolean() : !isKnown(row.payerIban());
    String payer = payerSide ? defect.apply(row.payerIban(), draw) : row.payerIban();
    String beneficiary =
        payerSide ? row.beneficiaryIban() : defect.apply(row.beneficiaryIban(), draw);
    return new Row(
        row.id(),
        payer,
        beneficiary,
        row.amount(),
        row.currency(),
        row.timestamp(),
        row.at(),
        row.missingField());
  }

  private boolean isKnown(String iban) {
    return roster.isAccount(iban);
  }

  private static String pad(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }
}
