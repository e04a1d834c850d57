package com.finflow.localstack.cashflow.fold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** A dataset directory read through its files' JSON alone, as any other client would read it. */
public record JsonLinesDataset(Path directory) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public List<MonitoredCompany> companies() {
    List<MonitoredCompany> companies = new ArrayList<>();
    eachLine(
        directory.resolve("companies.jsonl"),
        company -> {
          List<String> ibans = new ArrayList<>();
          company.path("ibans").forEach(iban -> ibans.add(iban.asText()));
          Map<String, BigDecimal> opening = new LinkedHashMap<>();
          for (Iterator<Map.Entry<String, JsonNode>> entries =
                  company.path("opening_balances").fields();
              entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            opening.put(entry.getKey(), new BigDecimal(entry.getValue().asText()));
          }
          companies.add(new MonitoredCompany(company.get("company_id").asText(), ibans, opening));
        });
    return companies;
  }

  public List<RateEntry> rates() {
    return rates("rates.jsonl");
  }

  /** The rates of a currency the generator withheld, to be sent later. */
  public List<RateEntry> withheldRates() {
    return rates("withheld-rates.jsonl");
  }

  private List<RateEntry> rates(String file) {
    List<RateEntry> rates = new ArrayList<>();
    eachLine(
        directory.resolve(file),
        rate ->
            rates.add(
                new RateEntry(
                    rate.get("currency").asText(),
                    new BigDecimal(rate.get("eur_rate").asText()),
                    rate.hasNonNull("valid_from")
                        ? Optional.of(LocalDate.parse(rate.get("valid_from").asText()))
                        : Optional.empty())));
    return rates;
  }

  /** Every batch of {@code batches.jsonl}, in file order. */
  public List<FeedBatch> batches() {
    List<FeedBatch> batches = new ArrayList<>();
    eachLine(
        directory.resolve("batches.jsonl"),
        batch ->
            batches.add(
                new FeedBatch(
                    batch.get("source").asText(),
                    batch.get("batch_id").asText(),
                    batch.get("transactions"))));
    return batches;
  }

  /** The generator's own count of rows planted per rule and source. */
  public Map<QuarantineRule, Map<String, Long>> plantedCounts() {
    Map<QuarantineRule, Map<String, Long>> counts = new EnumMap<>(QuarantineRule.class);
    for (JsonNode rule : manifest().path("rules")) {
      counts
          .computeIfAbsent(QuarantineRule.valueOf(rule.get("rule").asText()), r -> new TreeMap<>())
          .put(rule.get("source").asText(), rule.get("count").asLong());
    }
    return counts;
  }

  public JsonNode manifest() {
    try {
      return JSON.readTree(directory.resolve("manifest.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void eachLine(Path file, Consumer<JsonNode> consumer) {
    if (!Files.exists(file)) {
      return;
    }
    try (BufferedReader reader = Files.newBufferedReader(file)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          consumer.accept(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
