package com.finflow.localstack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.flow.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Schemathesis over every operation of the API document the stack serves: inputs valid and invalid,
 * every check it has (server errors, statuses, content types, headers and bodies against the
 * document, valid data accepted, invalid data refused, undocumented methods, authentication
 * enforced, no organization reading another's objects), at least 50 examples per operation and
 * phase, a fixed seed. It must find nothing.
 *
 * <p>The fuzzer knows what the document cannot say: the sandbox's account, bulk, extraction and
 * deliveries (set up first, see {@link FuzzSandbox}), and generators for IBANs, BICs and CPFs with
 * valid check digits ({@code fuzz/finflow_formats.py}). Reports land in {@code
 * target/schemathesis/<share>}, with a {@code summary.txt} beside them: the commands, and per
 * operation the cases and the status mix.
 *
 * <p>{@code -Dfinflow.fuzz.excludePaths=<regex>} leaves paths out, for a change on its way; the
 * build covers all.
 */
@ExtendWith(FuzzedFinflow.class)
class ContractFuzzTest {

  static final long SEED = 20_261_130L;
  static final int EXAMPLES_PER_OPERATION = 50;
  private static final Path DIRECTORY = Path.of("target/schemathesis");
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  /**
   * Two runs side by side, one a core, each over a share of the paths (its include and exclude
   * regular expressions) taking about as long as the other: the personal book's, and the rest. Each
   * share holds its features' stateful links, and no two shares spend the same rate limit or the
   * same disposable sandbox items.
   */
  private static final String PERSONAL = "^/(me|currencies|securities)(/|$)";

  private static final List<Share> SHARES =
      List.of(new Share("personal", PERSONAL, ""), new Share("rest", "", PERSONAL));

  /** One run's paths: those {@code included} matches (all when empty), less those it excludes. */
  private record Share(String name, String included, String excluded) {

    /** Its exclusion and the one asked for on the command line, as one regular expression. */
    String excludedAnd(String more) {
      return excluded.isEmpty() ? more : more.isEmpty() ? excluded : excluded + "|" + more;
    }
  }

  @Test
  void schemathesisFindsNothingWrongWithAnyOperationOfTheDocument(LocalStackRuntime runtime)
      throws Exception {
    Schemathesis schemathesis =
        Schemathesis.inVirtualenv(Path.of(System.getProperty("finflow.venv", "../.venv")));
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    String excluded = System.getProperty("finflow.fuzz.excludePaths", "");
    Files.createDirectories(DIRECTORY);
    Path document = DIRECTORY.resolve("openapi.json").toAbsolutePath();
    Files.writeString(document, api.get("/openapi.json", Optional.empty()).body());
    Set<String> operations =
        operationsOf(api.get("/openapi.json", Optional.empty()).json(), excluded);

    try (WebhookSink sink = new WebhookSink()) {
      FuzzSandbox sandbox = FuzzSandbox.prepare(api, sink.url());
      long started = System.nanoTime();
      List<Schemathesis.Outcome> outcomes = new ArrayList<>();
      try (ExecutorService runs = Executors.newFixedThreadPool(SHARES.size())) {
        List<Future<Schemathesis.Outcome>> running = new ArrayList<>();
        SHARES.forEach(
            share ->
                running.add(
                    runs.submit(
                        () ->
                            schemathesis.run(
                                document,
                                runtime.httpBaseUrl(),
                                sandbox,
                                sink.url(),
                                DIRECTORY.resolve(share.name()).toAbsolutePath(),
                                SEED,
                                EXAMPLES_PER_OPERATION,
                                share.included(),
                                share.excludedAnd(excluded)))));
        for (Future<Schemathesis.Outcome> run : running) {
          outcomes.add(run.get());
        }
      }
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      FuzzReport report =
          FuzzReport.read(
              SHARES.stream()
                  .map(share -> DIRECTORY.resolve(share.name()).resolve("reports"))
                  .toList());
      StringBuilder summary = new StringBuilder();
      outcomes.forEach(
          outcome -> summary.append("$ ").append(String.join(" ", outcome.command())).append('\n'));
      summary.append(
          report.summary(schemathesis.version(), operations, took, SEED, EXAMPLES_PER_OPERATION));
      // ./test prints it after the build.
      Files.writeString(DIRECTORY.resolve("summary.txt"), summary);
      System.out.println(summary);

      String output =
          outcomes.stream().map(Schemathesis.Outcome::output).collect(Collectors.joining("\n"));
      assertThat(outcomes)
          .as(output)
          .allSatisfy(outcome -> assertThat(outcome.exitCode()).isZero());
      assertThat(report.failures()).as(output).isZero();
      assertThat(report.errors()).as(output).isZero();
      assertThat(report.documented(operations).keySet())
          .as("operations fuzzed")
          .isEqualTo(operations);
      report
          .documented(operations)
          .forEach(
              (operation, statuses) ->
                  assertThat(statuses.successes())
                      .as(operation + " answered 2xx, reaching its success path")
                      .isPositive());
    }
  }

  private static Set<String> operationsOf(JsonNode document, String excludedPaths) {
    Set<String> operations = new TreeSet<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          if (METHODS.contains(method)
                              && (excludedPaths.isEmpty()
                                  || !path.getKey().matches(".*(" + excludedPaths + ").*"))) {
                            operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                          }
                        }));
    return operations;
  }
}
