package com.finflow.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How to boot the local stack.
 *
 * @param scheduleOverride when present, every scheduled rule fires at this period instead of its rate
 */
public record LocalStackConfig(
    Path template,
    List<Path> code,
    int httpPort,
    int awsPort,
    boolean keepData,
    Path dataDirectory,
    Path venv,
    String stackName,
    Optional<Duration> scheduleOverride,
    boolean debug) {

  public static final Path DEFAULT_TEMPLATE = Path.of("infra-cdk/cdk.out/Finflow.template.json");
  public static final Path DEFAULT_CODE = Path.of("functions/target/finflow-functions.jar");

  public LocalStackConfig {
    code = List.copyOf(code);
  }

  public static LocalStackConfig defaults() {
    return new LocalStackConfig(
        DEFAULT_TEMPLATE,
        List.of(DEFAULT_CODE),
        8080,
        4566,
        false,
        Path.of(".localstack-data"),
        Path.of(System.getProperty("finflow.venv", ".venv")),
        "Finflow",
        Optional.empty(),
        false);
  }

  public static LocalStackConfig fromArgs(String... args) {
    LocalStackConfig config = defaults();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--template" -> config = config.withTemplate(Path.of(value(args, ++i, arg)));
        case "--code" -> config = config.withCode(paths(value(args, ++i, arg)));
        case "--http-port" -> config = config.withPorts(Integer.parseInt(value(args, ++i, arg)), config.awsPort);
        case "--aws-port" -> config = config.withPorts(config.httpPort, Integer.parseInt(value(args, ++i, arg)));
        case "--keep-data" -> config = config.withKeepData(true);
        case "--venv" -> config = config.withVenv(Path.of(value(args, ++i, arg)));
        case "--stack-name" -> config = config.withStackName(value(args, ++i, arg));
        case "--schedule-every" ->
            config = config.withScheduleOverride(Duration.ofMillis(Long.parseLong(value(args, ++i, arg))));
        case "--debug" -> config = config.withDebug(true);
        default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + usage());
      }
    }
    return config;
  }

  public static String usage() {
    return """
        usage: LocalFinflow [--template PATH] [--code PATH[:PATH...]] [--http-port 8080] [--aws-port 4566]
                            [--keep-data] [--venv PATH] [--stack-name Finflow] [--schedule-every MILLIS] [--debug]""";
  }

  private static String value(String[] args, int index, String flag) {
    if (index >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value\n" + usage());
    }
    return args[index];
  }

  private static List<Path> paths(String joined) {
    List<Path> paths = new ArrayList<>();
    for (String part : joined.split(java.io.File.pathSeparator)) {
      if (!part.isBlank()) {
        paths.add(Path.of(part));
      }
    }
    return paths;
  }

  public LocalStackConfig withTemplate(Path value) {
    return new LocalStackConfig(value, code, httpPort, awsPort, keepData, dataDirectory, venv, stackName, scheduleOverride, debug);
  }

  public LocalStackConfig withCode(List<Path> value) {
    return new LocalStackConfig(template, value, httpPort, awsPort, keepData, dataDirectory, venv, stackName, scheduleOverride, debug);
  }

  /** Port 0 picks a free port, which is what tests want. */
  public LocalStackConfig withPorts(int http, int aws) {
    return new LocalStackConfig(template, code, http, aws, keepData, dataDirectory, venv, stackName, scheduleOverride, debug);
  }

  public LocalStackConfig withKeepData(boolean value) {
    return new LocalStackConfig(template, code, httpPort, awsPort, value, dataDirectory, venv, stackName, scheduleOverride, debug);
  }

  public LocalStackConfig withVenv(Path value) {
    return new LocalStackConfig(template, code, httpPort, awsPort, keepData, dataDirectory, value, stackName, scheduleOverride, debug);
  }

  public LocalStackConfig withStackName(String value) {
    return new LocalStackConfig(template, code, httpPort, awsPort, keepData, dataDirectory, venv, value, scheduleOverride, debug);
  }

  public LocalStackConfig withScheduleOverride(Duration value) {
    return new LocalStackConfig(template, code, httpPort, awsPort, keepData, dataDirectory, venv, stackName, Optional.of(value), debug);
  }

  public LocalStackConfig withDebug(boolean value) {
    return new LocalStackConfig(template, code, httpPort, awsPort, keepData, dataDirectory, venv, stackName, scheduleOverride, value);
  }
}
