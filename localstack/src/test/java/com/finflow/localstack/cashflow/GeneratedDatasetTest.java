package com.finflow.localstack.cashflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.cashflow.fold.CashflowFold;
import com.finflow.localstack.cashflow.fold.FeedBatch;
import com.finflow.localstack.cashflow.fold.FoldOutcome;
import com.finflow.localstack.cashflow.fold.InternalTransfers;
import com.finflow.localstack.cashflow.fold.Interval;
import com.finflow.localstack.cashflow.fold.JsonLinesDataset;
import com.finflow.localstack.cashflow.fold.MonitoredCompany;
import com.finflow.localstack.cashflow.fold.QuarantineRule;
import com.finflow.localstack.cashflow.fold.QuarantinedRow;
import com.finflow.localstack.cashflow.fold.RateEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.iban4j.IbanUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code small} dataset, generated once: what the generator says it planted is what the
 * independent fold finds, the files have the shapes the issue asks for, and the same seed gives the
 * same bytes.
 */
class GeneratedDatasetTest {

  private static final List<String> FILES =
      List.of(
          "companies.jsonl",
          "rates.jsonl",
          "withheld-rates.jsonl",
          "batches.jsonl",
          "manifest.json");

  @TempDir static Path root;
  private static JsonLinesDataset small;
  private static List<FeedBatch> batches;

  @BeforeAll
  static void generateSmall() {
    DatasetGenerator.generate(options(42, Optional.empty()), root.resolve("small"));
    small = new JsonLinesDataset(root.resolve("small"));
    batches = small.batches();
  }

  @Test
  void theFoldFindsExactlyTheDirtyRowsTheGeneratorPlanted() {
    Map<QuarantineRule, Map<String, Long>> planted = small.plantedCounts();

    Map<QuarantineRule, Map<String, Long>> strict = fold(small, true, batches).quarantineCounts();
    Map<QuarantineRule, Map<String, Long>> lenient = fold(small, false, batches).quarantineCounts();

    assertThat(strict).isEqualTo(planted);
    Map<QuarantineRule, Map<String, Long>> withoutChecksum = new EnumMap<>(planted);
    withoutChecksum.remove(QuarantineRule.INVALID_IBAN_CHECKSUM);
    assertThat(lenient).isEqualTo(withoutChecksum);
    assertThat(planted.keySet())
        .containsExactlyInAnyOrder(
            QuarantineRule.MALFORMED_ROW,
            QuarantineRule.INVALID_IBAN,
            QuarantineRule.INVALID_IBAN_CHECKSUM,
            QuarantineRule.BATCH_PAYMENT);
  }

  @Test
  void aboutOnePercentOfRowsAreBatchPaymentsAndOnePercentHaveInvalidIbans() {
    Map<QuarantineRule, Map<String, Long>> planted = small.plantedCounts();
    long rows = 110_000;

    assertThat(total(planted, QuarantineRule.BATCH_PAYMENT)).isBetween(rows / 200, rows / 50);
    assertThat(total(planted, QuarantineRule.INVALID_IBAN)).isBetween(rows / 200, rows / 50);
    assertThat(total(planted, QuarantineRule.INVALID_IBAN_CHECKSUM)).isPositive();
    assertThat(total(planted, QuarantineRule.MALFORMED_ROW)).isPositive();
  }

  @Test
  void everyBatchPaymentGroupIsSpreadOverDifferentBatches() {
    Map<String, List<QuarantinedRow>> groups =
        fold(small, false, batches).quarantined().stream()
            .filter(row -> row.rule() == QuarantineRule.BATCH_PAYMENT)
            .collect(
                Collectors.groupingBy(
                    row -> row.source() + row.payerIban() + row.beneficiaryIban()));

    assertThat(groups).isNotEmpty();
    for (List<QuarantinedRow> group : groups.values()) {
      assertThat(group.stream().map(QuarantinedRow::batchId).distinct().count())
          .as("batches of group %s", group)
          .isEqualTo(group.size());
    }
  }

  @Test
  void theSizesAndShapesAreTheOnesOfTheSeedSystem() {
    JsonNode manifest = small.manifest();
    List<MonitoredCompany> companies = small.companies();
    Set<String> known = new HashSet<>();
    companies.forEach(company -> known.addAll(company.ibans()));

    assertThat(companies).hasSize(100);
    assertThat(companies)
        .allSatisfy(
            company -> {
              assertThat(company.ibans()).hasSizeBetween(1, 3);
              assertThat(company.ibans()).allMatch(IbanUtil::isValid);
            });
    assertThat(companies.stream().filter(company -> !company.openingBalances().isEmpty()))
        .isNotEmpty();
    assertThat(manifest.path("sources").get(0).path("rows").asLong()).isEqualTo(10_000);
    assertThat(manifest.path("sources").get(1).path("rows").asLong()).isEqualTo(100_000);
    assertThat(batches.stream().mapToInt(batch -> batch.transactions().size()).sum())
        .isEqualTo(110_000);

    Set<String> swiftCurrencies = new HashSet<>();
    Set<String> counterpartCountries = new HashSet<>();
    Set<String> offsets = new HashSet<>();
    OffsetDateTime previousBatchStart = OffsetDateTime.MIN;
    for (FeedBatch batch : batches) {
      assertThat(batch.transactions().size()).isBetween(1, 1_000);
      OffsetDateTime previous = OffsetDateTime.MIN;
      for (JsonNode row : batch.transactions()) {
        if (!row.hasNonNull("timestamp") || row.get("timestamp").asText().length() < 20) {
          continue;
        }
        OffsetDateTime at = OffsetDateTime.parse(row.get("timestamp").asText());
        assertThat(at.toInstant()).isAfterOrEqualTo(previous.toInstant());
        previous = at;
        offsets.add(at.getOffset().getId());
        String payer = row.get("payer_iban").asText();
        String beneficiary = row.get("beneficiary_iban").asText();
        if (batch.source().equals("SEPA")) {
          assertThat(row.get("currency").asText()).isIn("EUR", "XYZ");
        } else {
          swiftCurrencies.add(row.get("currency").asText());
          if (!known.contains(payer)) {
            counterpartCountries.add(payer.substring(0, 2));
          }
          if (!known.contains(beneficiary)) {
            counterpartCountries.add(beneficiary.substring(0, 2));
          }
        }
        assertThat(at.getYear()).isBetween(2020, 2025);
      }
      OffsetDateTime first = OffsetDateTime.parse(firstTimestamp(batch));
      assertThat(first.toInstant())
          .isAfterOrEqualTo(previousBatchStart.toInstant().minusSeconds(86_400));
      previousBatchStart = first;
    }
    swiftCurrencies.remove("EUR");
    swiftCurrencies.remove("XYZ");
    assertThat(swiftCurrencies).hasSizeGreaterThanOrEqualTo(7);
    assertThat(counterpartCountries).hasSizeGreaterThanOrEqualTo(20);
    assertThat(offsets).contains("Z").hasSizeGreaterThan(3);
  }

  @Test
  void sepaRowsOnlyMoveMoneyBetweenKnownAccounts() {
    Set<String> known = new HashSet<>();
    small.companies().forEach(company -> known.addAll(company.ibans()));
    Set<String> planted = new HashSet<>();
    fold(small, true, batches).quarantined().stream()
        .filter(row -> row.source().equals("SEPA"))
        .forEach(row -> planted.add(row.batchId() + "/" + row.position()));

    for (FeedBatch batch : batches) {
      if (!batch.source().equals("SEPA")) {
        continue;
      }
      for (int position = 0; position < batch.transactions().size(); position++) {
        if (planted.contains(batch.batchId() + "/" + position)) {
          continue;
        }
        JsonNode row = batch.transactions().get(position);
        assertThat(known)
            .contains(row.get("payer_iban").asText(), row.get("beneficiary_iban").asText());
      }
    }
  }

  @Test
  void everyCurrencyHasARateFromTheFirstDayWithSeveralPeriods() {
    List<RateEntry> rates = small.rates();
    Map<String, List<RateEntry>> byCurrency =
        rates.stream().collect(Collectors.groupingBy(RateEntry::currency));

    assertThat(byCurrency.keySet()).hasSizeGreaterThanOrEqualTo(7).doesNotContain("EUR");
    for (List<RateEntry> periods : byCurrency.values()) {
      boolean fromTheStart =
          periods.stream()
              .anyMatch(
                  rate ->
                      rate.validFrom().isEmpty()
                          || !rate.validFrom().get().isAfter(LocalDate.of(2021, 1, 1)));
      assertThat(fromTheStart).as("%s", periods).isTrue();
    }
    assertThat(byCurrency.values().stream().filter(periods -> periods.size() >= 3)).isNotEmpty();
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOtherRows() throws IOException {
    DatasetGenerator.generate(options(42, Optional.empty()), root.resolve("again"));
    DatasetGenerator.generate(options(43, Optional.empty()), root.resolve("other"));

    for (String file : FILES) {
      assertThat(
              Files.mismatch(
                  root.resolve("small").resolve(file), root.resolve("again").resolve(file)))
          .as(file)
          .isEqualTo(-1L);
    }
    assertThat(
            Files.mismatch(
                root.resolve("small/batches.jsonl"), root.resolve("other/batches.jsonl")))
        .isNotEqualTo(-1L);
  }

  @Test
  void rowsInAWithheldCurrencyWaitForItsRateAndCountOnceItIsSent() {
    Path dir = root.resolve("withheld");
    DatasetGenerator.generate(options(7, Optional.of("BRL")), dir);
    JsonLinesDataset withheld = new JsonLinesDataset(dir);
    List<FeedBatch> feed = withheld.batches();

    Map<QuarantineRule, Map<String, Long>> waiting = fold(withheld, true, feed).quarantineCounts();
    assertThat(waiting).isEqualTo(withheld.plantedCounts());
    assertThat(total(waiting, QuarantineRule.NO_EXCHANGE_RATE)).isPositive();
    assertThat(withheld.rates()).noneMatch(rate -> rate.currency().equals("BRL"));

    List<RateEntry> allRates = new ArrayList<>(withheld.rates());
    allRates.addAll(withheld.withheldRates());
    CashflowFold released =
        new CashflowFold(withheld.companies(), true, allRates, InternalTransfers.NOT_COMPANY_FLOWS);
    feed.forEach(released::deliver);
    assertThat(released.fold().quarantineCounts())
        .doesNotContainKey(QuarantineRule.NO_EXCHANGE_RATE);
  }

  @Test
  void theFoldOfTheSmallDatasetIsTheSameInAnyOrderWithEveryBatchTwice() {
    List<FeedBatch> shuffled = new ArrayList<>(batches);
    shuffled.addAll(batches);
    Collections.shuffle(shuffled, new Random(11));

    FoldOutcome inOrder = fold(small, false, batches);
    FoldOutcome mixed = fold(small, false, shuffled);

    LocalDate from = LocalDate.of(2021, 1, 1);
    LocalDate to = LocalDate.of(2024, 12, 31);
    for (String company : inOrder.companyIds()) {
      assertThat(mixed.summary(company)).isEqualTo(inOrder.summary(company));
      assertThat(mixed.balances(company, from, to, Interval.MONTH, Optional.empty()))
          .isEqualTo(inOrder.balances(company, from, to, Interval.MONTH, Optional.empty()));
    }
    // Over four years, the last closing balance of the daily series is the summary's balance.
    String any = inOrder.companyIds().getFirst();
    assertThat(inOrder.balances(any, from, to, Interval.DAY, Optional.empty()).getLast().closing())
        .isEqualByComparingTo(inOrder.summary(any).balance());
  }

  private static FoldOutcome fold(JsonLinesDataset dataset, boolean strict, List<FeedBatch> feed) {
    CashflowFold fold =
        new CashflowFold(
            dataset.companies(), strict, dataset.rates(), InternalTransfers.NOT_COMPANY_FLOWS);
    feed.forEach(fold::deliver);
    return fold.fold();
  }

  private static DatasetGenerator.Options options(long seed, Optional<String> withheld) {
    return new DatasetGenerator.Options(
        DatasetSize.SMALL, seed, DatasetGenerator.Options.DEFAULT_BATCH_ROWS, withheld);
  }

  private static long total(Map<QuarantineRule, Map<String, Long>> counts, QuarantineRule rule) {
    return counts.getOrDefault(rule, Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }

  private static String firstTimestamp(FeedBatch batch) {
    for (JsonNode row : batch.transactions()) {
      if (row.hasNonNull("timestamp") && row.get("timestamp").asText().length() >= 20) {
        return row.get("timestamp").asText();
      }
    }
    throw new IllegalStateException("no timestamp in " + batch.batchId());
  }
}
