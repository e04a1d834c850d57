package com.finflow.localstack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.flow.ApiClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * target/schemathesis}, with a {@code summary.txt}: the command, and per operation the cases and
 * the status mix.
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

  @Test
  void schemathesisFindsNothingWrongWithAnyOperationOfTheDocument(LocalStackRuntime runtime)
      throws IOException {
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
      Schemathesis.Outcome outcome =
          schemathesis.run(
              document,
              runtime.httpBaseUrl(),
              sandbox,
              sink.url(),
              DIRECTORY.toAbsolutePath(),
              SEED,
              EXAMPLES_PER_OPERATION,
              excluded);
      FuzzReport report = FuzzReport.read(DIRECTORY.resolve("reports"));
      String summary =
          "$ "
              + String.join(" ", outcome.command())
              + "\n"
              + report.summary(
                  schemathesis.version(), operations, outcome.took(), SEED, EXAMPLES_PER_OPERATION);
      // ./test prints it after the build.
      Files.writeString(DIRECTORY.resolve("summary.txt"), summary);
      System.out.println(summary);

      assertThat(outcome.exitCode()).as(outcome.output()).isZero();
      assertThat(report.failures()).as(outcome.output()).isZero();
      assertThat(report.errors()).as(outcome.output()).isZero();
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
