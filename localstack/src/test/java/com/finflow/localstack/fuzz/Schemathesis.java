package com.finflow.localstack.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The schemathesis command line, from the project's virtualenv, against a running stack: every
 * operation of the document it serves, valid and invalid inputs, every check, a fixed seed; reports
 * in JUnit XML and NDJSON.
 */
final class Schemathesis {

  /**
   * One worker: CPython 3.11 can fail parsing in two threads at once. A run can still use both
   * cores as two processes, each over a share of the paths.
   */
  private static final int WORKERS = 1;

  private static final Duration TIME_LIMIT = Duration.ofMinutes(10);

  private final Path executable;

  private Schemathesis(Path executable) {
    this.executable = executable;
  }

  /** The schemathesis of the virtualenv that {@code ./test} prepares. */
  static Schemathesis inVirtualenv(Path venv) {
    Path executable = venv.resolve("bin/schemathesis");
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException(
          executable
              + " is missing: ./test installs it (localstack/requirements.txt), or run"
              + " `source localstack/env.sh && ensure_python_tools`");
    }
    return new Schemathesis(executable);
  }

  /** What a run printed and how it ended. */
  record Outcome(List<String> command, int exitCode, String output, Duration took) {}

  String version() {
    return execute(List.of(executable.toString(), "--version"), Map.of(), Path.of("."))
        .output()
        .strip();
  }

  /**
   * Runs over every operation of {@code document} against {@code baseUrl}, writing reports and its
   * configuration into {@code directory}.
   *
   * @param includedPaths a regular expression of the paths to cover, or empty for all
   * @param excludedPaths a regular expression of paths to leave out, or empty for none
   */
  Outcome run(
      Path document,
      URI baseUrl,
      FuzzSandbox sandbox,
      String webhookUrl,
      Path directory,
      long seed,
      int maxExamples,
      String includedPaths,
      String excludedPaths) {
    try {
      Files.createDirectories(directory);
      // Reports of an earlier run would be read as this one's.
      deleteRecursively(directory.resolve("reports"));
      Path auth = writeAuth(directory.resolve("auth.json"), sandbox);
      Path config = directory.resolve("schemathesis.toml");
      Files.writeString(config, configuration(auth), StandardCharsets.UTF_8);
      List<String> command =
          new ArrayList<>(
              List.of(
                  executable.toString(),
                  "--config-file",
                  config.toString(),
                  "--no-color",
                  // From a file, not from GET /openapi.json: schemathesis leaves out the operation
                  // it loads a document from.
                  "run",
                  document.toString(),
                  "--url",
                  baseUrl.toString(),
                  "--mode",
                  "all",
                  "--max-examples",
                  String.valueOf(maxExamples),
                  "--seed",
                  String.valueOf(seed),
                  "--checks",
                  "all",
                  "--workers",
                  String.valueOf(WORKERS),
                  "--request-timeout",
                  "30",
                  "--report",
                  "junit,ndjson",
                  "--report-dir",
                  directory.resolve("reports").toString()));
      if (!includedPaths.isEmpty()) {
        command.addAll(List.of("--include-path-regex", includedPaths));
      }
      if (!excludedPaths.isEmpty()) {
        command.addAll(List.of("--exclude-path-regex", excludedPaths));
      }
      Map<String, String> environment =
          Map.ofEntries(
              Map.entry("FINFLOW_FUZZ_BASE_URL", baseUrl.toString()),
              Map.entry("FINFLOW_FUZZ_EMAIL", sandbox.email()),
              Map.entry("FINFLOW_FUZZ_PASSWORD", sandbox.password()),
              Map.entry("FINFLOW_FUZZ_OWN_IBAN", sandbox.ownIban()),
              Map.entry("FINFLOW_FUZZ_OWN_BIC", sandbox.ownBic()),
              Map.entry("FINFLOW_FUZZ_WEBHOOK_URL", webhookUrl),
              Map.entry("FINFLOW_FUZZ_BULK_ID", sandbox.bulkId()),
              Map.entry("FINFLOW_FUZZ_BULK_DELIVERY_ID", sandbox.bulkDeliveryId()),
              Map.entry("FINFLOW_FUZZ_EXTRACTION_ID", sandbox.extractionId()),
              Map.entry("FINFLOW_FUZZ_EXTRACTION_DELIVERY_ID", sandbox.extractionDeliveryId()),
              Map.entry("FINFLOW_FUZZ_COMPANY_ID", sandbox.companyId()),
              Map.entry("FINFLOW_FUZZ_COMPANY_IBAN", sandbox.companyIban()),
              Map.entry("FINFLOW_FUZZ_DASHBOARD_ASSET", sandbox.dashboardAsset()),
              Map.entry("FINFLOW_FUZZ_INSTITUTION_ID", sandbox.book().institutionId()),
              Map.entry("FINFLOW_FUZZ_PERSONAL_ACCOUNT_ID", sandbox.book().accountId()),
              Map.entry("FINFLOW_FUZZ_ACCOUNT_VALUE_DATE", sandbox.book().valueDate()),
              Map.entry("FINFLOW_FUZZ_HOLDING_ID", sandbox.book().holdingId()),
              Map.entry(
                  "FINFLOW_FUZZ_DISPOSABLE_INSTITUTION_IDS",
                  String.join(",", sandbox.book().disposableInstitutions())),
              Map.entry(
                  "FINFLOW_FUZZ_DISPOSABLE_ACCOUNT_IDS",
                  String.join(",", sandbox.book().disposableAccounts())),
              Map.entry(
                  "FINFLOW_FUZZ_DISPOSABLE_HOLDING_IDS",
                  String.join(",", sandbox.book().disposableHoldings())),
              Map.entry("PYTHONDONTWRITEBYTECODE", "1"));
      return execute(command, environment, directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The fuzzer's identity first, then its peer: object_level_authorization replays one's reads as
   * the other.
   */
  private static Path writeAuth(Path file, FuzzSandbox sandbox) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode document = json.createObjectNode();
    ArrayNode users = document.putArray("auth");
    for (String[] user :
        List.of(
            new String[] {"owner", sandbox.token()}, new String[] {"peer", sandbox.peerToken()})) {
      ObjectNode entry = users.addObject().put("name", user[0]);
      entry
          .putArray("fixedHeaders")
          .addObject()
          .put("name", "Authorization")
          .put("value", "Bearer " + user[1]);
    }
    Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(document));
    return file;
  }

  private static String configuration(Path auth) {
    return """
        # Written by ContractFuzzTest for one run.
        hooks = "%s"

        [generation]
        # Every run starts from the seed alone, not from examples saved by an earlier one.
        database = "none"

        [auth.wfc]
        path = "%s"
        peers = ["owner", "peer"]
        """
        .formatted(hooks(), auth);
  }

  /** The hooks file, as the build copied it from the test resources. */
  private static Path hooks() {
    try {
      return Path.of(Schemathesis.class.getResource("/fuzz/finflow_formats.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Outcome execute(
      List<String> command, Map<String, String> environment, Path directory) {
    long started = System.nanoTime();
    try {
      Path log = Files.createTempFile("schemathesis", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            "schemathesis ran longer than " + TIME_LIMIT + ":\n" + Files.readString(log));
      }
      String output = Files.readString(log);
      Files.delete(log);
      return new Outcome(
          command, process.exitValue(), output, Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var paths = Files.walk(path)) {
      for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }
}
