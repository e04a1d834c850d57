package com.finflow.localstack.cashflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Writes a cashflow dataset, the same bytes for the same size, seed and options: companies,
 * exchange rates, SEPA and SWIFT batches merged into one chronological feed, and the manifest of
 * what was planted per rule and source.
 */
public final class DatasetGenerator {

  /** Four years of transactions, UTC. */
  static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);

  static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

  /**
   * The generation's options. {@code batchRows} is at most 5,000 (the most a batch may hold; such a
   * batch, about 930 KB, fits the ingestion queue's 1 MiB messages); the default of 1,000 keeps a
   * message under SQS's classic 256 KiB. {@code withheldCurrency}: that currency's rates go to
   * {@code withheld-rates.jsonl} instead of {@code rates.jsonl}, so its rows wait in {@code
   * NO_EXCHANGE_RATE} until those rates are sent.
   */
  public record Options(
      DatasetSize size, long seed, int batchRows, Optional<String> withheldCurrency) {

    public static final int DEFAULT_BATCH_ROWS = 1_000;
    public static final int MAX_BATCH_ROWS = 5_000;

    public Options {
      if (batchRows < 1 || batchRows > MAX_BATCH_ROWS) {
        throw new IllegalArgumentException("--batch-rows must be 1 to 5000, not " + batchRows);
      }
      if (withheldCurrency.isPresent()) {
        SwiftCurrency currency = SwiftCurrency.of(withheldCurrency.get());
        if (currency.isEuro()) {
          throw new IllegalArgumentException("EUR has no rate to withhold");
        }
      }
    }
  }

  /** What was written, for the caller to print. */
  public record Result(long rows, long batches, long millis) {}

  private DatasetGenerator() {}

  public static Result generate(Options options, Path directory) {
    long started = System.nanoTime();
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SplittableRandom root = new SplittableRandom(options.seed());
    CompanyRoster roster =
        CompanyRoster.of(options.size().companies(), root.split(), new IbanMint(root.nextLong()));
    List<ExchangeRate> rates = RateSchedule.of(FIRST_DAY, LAST_DAY, root.split());
    PlantedCounts counts = new PlantedCounts();

    try (DatasetFiles.Lines companies =
        new DatasetFiles.Lines(directory.resolve(DatasetFiles.COMPANIES))) {
      roster.companies().forEach(companies::company);
    }
    try (DatasetFiles.Lines given = new DatasetFiles.Lines(directory.resolve(DatasetFiles.RATES));
        DatasetFiles.Lines withheld =
            new DatasetFiles.Lines(directory.resolve(DatasetFiles.WITHHELD_RATES))) {
      for (ExchangeRate rate : rates) {
        (options.withheldCurrency().equals(Optional.of(rate.currency())) ? withheld : given)
            .rate(rate);
      }
    }

    Instant start = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    RowStream sepa = stream(Source.SEPA, options, start, end, roster, root.split(), counts);
    RowStream swift = stream(Source.SWIFT, options, start, end, roster, root.split(), counts);
    long batches = 0;
    try (DatasetFiles.Lines feed =
        new DatasetFiles.Lines(directory.resolve(DatasetFiles.BATCHES))) {
      Batch nextSepa = sepa.hasNext() ? sepa.next() : null;
      Batch nextSwift = swift.hasNext() ? swift.next() : null;
      while (nextSepa != null || nextSwift != null) {
        boolean sepaFirst =
            nextSwift == null
                || (nextSepa != null && !nextSepa.firstAt().isAfter(nextSwift.firstAt()));
        if (sepaFirst) {
          feed.batch(nextSepa);
          nextSepa = sepa.hasNext() ? sepa.next() : null;
        } else {
          feed.batch(nextSwift);
          nextSwift = swift.hasNext() ? swift.next() : null;
        }
        batches++;
      }
    }
    writeManifest(options, roster, rates, counts, directory.resolve(DatasetFiles.MANIFEST));
    long rows = counts.rows(Source.SEPA) + counts.rows(Source.SWIFT);
    return new Result(rows, batches, (System.nanoTime() - started) / 1_000_000);
  }

  private static RowStream stream(
      Source source,
      Options options,
      Instant start,
      Instant end,
      CompanyRoster roster,
      SplittableRandom draw,
      PlantedCounts counts) {
    return new RowStream(
        source,
        options.size().rows(source),
        options.batchRows(),
        start,
        end,
        roster,
        options.withheldCurrency(),
        draw,
        counts);
  }

  private static void writeManifest(
      Options options,
      CompanyRoster roster,
      List<ExchangeRate> rates,
      PlantedCounts counts,
      Path file) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode manifest = mapper.createObjectNode();
    manifest.put("size", options.size().wireName());
    manifest.put("seed", options.seed());
    manifest.put("batch_rows", options.batchRows());
    options.withheldCurrency().ifPresent(code -> manifest.put("withheld_currency", code));
    manifest.put("from", FIRST_DAY.toString());
    manifest.put("to", LAST_DAY.toString());
    manifest.put("companies", roster.companies().size());
    manifest.put("accounts", roster.accountCount());
    manifest.put("exchange_rates", rates.size());
    ArrayNode currencies = manifest.putArray("currencies");
    SwiftCurrency.ALL.forEach(currency -> currencies.add(currency.code()));
    ArrayNode sources = manifest.putArray("sources");
    ArrayNode rules = manifest.putArray("rules");
    for (Source source : Source.values()) {
      sources
          .addObject()
          .put("source", source.name())
          .put("rows", counts.rows(source))
          .put("batches", counts.batches(source))
          .put("batch_payment_groups", counts.groups(source));
      for (Rule rule : Rule.values()) {
        long count = counts.count(source, rule);
        if (count > 0) {
          rules
              .addObject()
              .put("rule", rule.name())
              .put("source", source.name())
              .put("count", count);
        }
      }
    }
    manifest.putArray("strict_mode_only").add(Rule.INVALID_IBAN_CHECKSUM.name());
    try {
      Files.writeString(file, mapper.writeValueAsString(manifest) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
