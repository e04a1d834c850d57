package com.finflow.localstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a schemathesis run sent and got, read from its reports: for each operation the test cases
 * and the status of each answer, and from its JUnit report the failures and errors it found.
 */
final class FuzzReport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOTALS =
      Pattern.compile(
          "<testsuites errors=\"(\\d+)\" failures=\"(\\d+)\" skipped=\"\\d+\" tests=\"(\\d+)\"");

  /** The statuses one operation answered, by status code. */
  record Statuses(Map<Integer, Integer> byCode) {

    int cases() {
      return byCode.values().stream().mapToInt(Integer::intValue).sum();
    }

    int successes() {
      return byCode.entrySet().stream()
          .filter(status -> status.getKey() >= 200 && status.getKey() < 300)
          .mapToInt(Map.Entry::getValue)
          .sum();
    }
  }

  private final Map<String, Statuses> byOperation;
  private final int failures;
  private final int errors;
  private final int suites;

  private FuzzReport(Map<String, Statuses> byOperation, int failures, int errors, int suites) {
    this.byOperation = byOperation;
    this.failures = failures;
    this.errors = errors;
    this.suites = suites;
  }

  /** The reports of runs over shares of the operations, read as one run's. */
  static FuzzReport read(List<Path> reportDirectories) {
    Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    int[] totals = new int[3];
    try {
      for (Path reports : reportDirectories) {
        try (Stream<Path> files = Files.list(reports)) {
          for (Path file : files.toList()) {
            if (file.toString().endsWith(".ndjson")) {
              readEvents(file, statuses);
            }
          }
        }
        Path junit;
        try (Stream<Path> files = Files.list(reports)) {
          junit = files.filter(file -> file.toString().endsWith(".xml")).findFirst().orElseThrow();
        }
        Matcher found = TOTALS.matcher(Files.readString(junit));
        if (!found.find()) {
          throw new IllegalStateException("no totals in " + junit);
        }
        for (int i = 0; i < totals.length; i++) {
          totals[i] += Integer.parseInt(found.group(i + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Statuses> byOperation = new TreeMap<>();
    statuses.forEach((operation, codes) -> byOperation.put(operation, new Statuses(codes)));
    return new FuzzReport(byOperation, totals[1], totals[0], totals[2]);
  }

  /** Every request of every finished scenario, counted under its method and path template. */
  private static void readEvents(Path file, Map<String, Map<Integer, Integer>> statuses)
      throws IOException {
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode recorder = JSON.readTree(line).path("ScenarioFinished").path("recorder");
        recorder
            .path("interactions")
            .properties()
            .forEach(
                interaction -> {
                  JsonNode response = interaction.getValue().path("response");
                  JsonNode value = recorder.path("cases").path(interaction.getKey()).path("value");
                  if (response.has("status_code") && value.has("method")) {
                    statuses
                        .computeIfAbsent(
                            value.get("method").asText() + " " + value.get("path").asText(),
                            operation -> new TreeMap<>())
                        .merge(response.get("status_code").asInt(), 1, Integer::sum);
                  }
                });
      }
    }
  }

  int failures() {
    return failures;
  }

  int errors() {
    return errors;
  }

  /** The statuses of each documented operation that was called. */
  Map<String, Statuses> documented(Set<String> operations) {
    Map<String, Statuses> documented = new TreeMap<>(byOperation);
    documented.keySet().retainAll(operations);
    return documented;
  }

  /**
   * The table printed at the end of a run: cases, successes and the status mix of each operation.
   */
  String summary(
      String version, Set<String> operations, Duration took, long seed, int maxExamples) {
    StringBuilder text = new StringBuilder();
    Map<String, Statuses> documented = documented(operations);
    int cases = byOperation.values().stream().mapToInt(Statuses::cases).sum();
    text.append(
        String.format(
            "%s: %d operations, %d test cases (%d on documented operations), %d failures,"
                + " %d errors, seed %d, at most %d examples per operation and phase, %d s%n",
            version,
            documented.size(),
            cases,
            documented.values().stream().mapToInt(Statuses::cases).sum(),
            failures,
            errors,
            seed,
            maxExamples,
            took.toSeconds()));
    text.append(String.format("%-80s %6s %5s  %s%n", "operation", "cases", "2xx", "statuses"));
    documented.forEach(
        (operation, statuses) ->
            text.append(
                String.format(
                    "%-80s %6d %5d  %s%n",
                    operation, statuses.cases(), statuses.successes(), statuses.byCode())));
    Map<Integer, Integer> undocumented = new TreeMap<>();
    byOperation.forEach(
        (operation, statuses) -> {
          if (!operations.contains(operation)) {
            statuses
                .byCode()
                .forEach((code, count) -> undocumented.merge(code, count, Integer::sum));
          }
        });
    text.append(
        String.format(
            "%-80s %6d %5s  %s%n",
            "methods the document does not list (405, OPTIONS 204)",
            undocumented.values().stream().mapToInt(Integer::intValue).sum(),
            "-",
            undocumented));
    return text.toString();
  }

  int suites() {
    return suites;
  }
}
