package com.finflow.localstack;

import com.finflow.localstack.bank.BankBehaviour;
import com.finflow.localstack.openfinance.ProviderFaults;
import com.finflow.localstack.openfinance.ProviderSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How to boot the local stack. Each {@code with...} answers a copy with one option changed.
 *
 * @param code the function code (jars or class directories), searched in order
 * @param scheduleOverride when present, every scheduled rule fires at this period instead of its
 *     rate
 * @param bankPort where the simulated bank listens; 0 picks a free port
 * @param bankBehaviour the simulated bank's latency, failure rates and seed at start-up
 * @param dynamoDbThrottleRate the fraction of DynamoDB requests the AWS gateway answers as
 *     throttled
 * @param faultSeed seeds the draws that decide which requests the gateway fails
 * @param functionEnvironment variables added to every function's environment, over the template's
 *     own
 * @param providerPort where the sandbox Open Finance Brasil provider listens; 0 picks a free port
 * @param provider the sandbox provider's registration secret, consent authorisation delay and
 *     faults at start-up
 * @param handlerOverrides handlers that replace the template's, by the prefix of their function's
 *     logical id: a test runs one function with its own wiring
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
    boolean debug,
    int bankPort,
    BankBehaviour bankBehaviour,
    double dynamoDbThrottleRate,
    long faultSeed,
    Map<String, String> functionEnvironment,
    int providerPort,
    ProviderSettings provider,
    Map<String, String> handlerOverrides) {

  public static final Path DEFAULT_TEMPLATE = Path.of("infra-cdk/cdk.out/Finflow.template.json");
  public static final Path DEFAULT_CODE = Path.of("functions/target/finflow-functions.jar");

  public LocalStackConfig {
    code = List.copyOf(code);
    // Copied in order, so the start-up report lists the variables as they were given.
    functionEnvironment = Collections.unmodifiableMap(new LinkedHashMap<>(functionEnvironment));
    handlerOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(handlerOverrides));
    if (!(dynamoDbThrottleRate >= 0.0 && dynamoDbThrottleRate <= 1.0)) {
      throw new IllegalArgumentException(
          "--dynamodb-throttle-rate must be between 0 and 1: " + dynamoDbThrottleRate);
    }
  }

  public static LocalStackConfig defaults() {
    return new Draft().build();
  }

  public static LocalStackConfig fromArgs(String... args) {
    LocalStackConfig config = defaults();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--template" -> config = config.withTemplate(Path.of(value(args, ++i, arg)));
        case "--code" -> config = config.withCode(paths(value(args, ++i, arg)));
        case "--http-port" -> config = config.withPorts(number(args, ++i, arg), config.awsPort);
        case "--aws-port" -> config = config.withPorts(config.httpPort, number(args, ++i, arg));
        case "--keep-data" -> config = config.withKeepData(true);
        case "--venv" -> config = config.withVenv(Path.of(value(args, ++i, arg)));
        case "--stack-name" -> config = config.withStackName(value(args, ++i, arg));
        case "--schedule-every" ->
            config =
                config.withScheduleOverride(
                    Duration.ofMillis(Long.parseLong(value(args, ++i, arg))));
        case "--debug" -> config = config.withDebug(true);
        case "--bank-port" -> config = config.withBankPort(number(args, ++i, arg));
        case "--bank-latency-ms" ->
            config =
                config.withBankBehaviour(
                    config.bankBehaviour.withLatency(
                        Duration.ofMillis(Long.parseLong(value(args, ++i, arg)))));
        case "--bank-transient-rate" ->
            config =
                config.withBankBehaviour(
                    config.bankBehaviour.withTransientRate(
                        Double.parseDouble(value(args, ++i, arg))));
        case "--bank-reject-rate" ->
            config =
                config.withBankBehaviour(
                    config.bankBehaviour.withRejectRate(Double.parseDouble(value(args, ++i, arg))));
        case "--bank-seed" ->
            config =
                config.withBankBehaviour(
                    config.bankBehaviour.withSeed(Long.parseLong(value(args, ++i, arg))));
        case "--dynamodb-throttle-rate" ->
            config = config.withDynamoDbThrottleRate(Double.parseDouble(value(args, ++i, arg)));
        case "--fault-seed" -> config = config.withFaultSeed(Long.parseLong(value(args, ++i, arg)));
        case "--function-env" ->
            config = config.withFunctionEnvironment(variable(value(args, ++i, arg)));
        case "--provider-port" -> config = config.withProviderPort(number(args, ++i, arg));
        case "--provider-faults" ->
            config =
                config.withProvider(
                    config.provider.withFaults(
                        ProviderFaults.parse(
                            value(args, ++i, arg), config.provider.faults().seed())));
        case "--provider-seed" ->
            config =
                config.withProvider(
                    config.provider.withFaults(
                        config.provider.faults().withSeed(Long.parseLong(value(args, ++i, arg)))));
        case "--provider-registration-secret" ->
            config =
                config.withProvider(config.provider.withRegistrationSecret(value(args, ++i, arg)));
        case "--provider-consent-delay-ms" ->
            config =
                config.withProvider(
                    config.provider.withAuthorisationDelay(
                        Duration.ofMillis(Long.parseLong(value(args, ++i, arg)))));
        default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + usage());
      }
    }
    return config;
  }

  public static String usage() {
    return """
        usage: LocalFinflow [--template PATH] [--code PATH[:PATH...]] [--http-port 8080] [--aws-port 4566]
                            [--keep-data] [--venv PATH] [--stack-name Finflow] [--schedule-every MILLIS] [--debug]
                            [--bank-port 8091] [--bank-latency-ms 0] [--bank-transient-rate 0.0]
                            [--bank-reject-rate 0.0] [--bank-seed 42]
                            [--dynamodb-throttle-rate 0.0] [--fault-seed 42] [--function-env KEY=VALUE]...
                            [--provider-port 8092] [--provider-seed 42] [--provider-consent-delay-ms 300]
                            [--provider-registration-secret sandbox-registration-secret]
                            [--provider-faults "transactions:504=0.2,latency=20;accounts:500=0.1,drop=0.05"]
          provider fault keys per endpoint: 504, 500, 429, drop (rates 0..1), latency (ms); endpoints: well-known,
          register, token, consents, consent, accounts, balances, transactions""";
  }

  private static String value(String[] args, int index, String flag) {
    if (index >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value\n" + usage());
    }
    return args[index];
  }

  private static int number(String[] args, int index, String flag) {
    return Integer.parseInt(value(args, index, flag));
  }

  private static Map<String, String> variable(String assignment) {
    int equals = assignment.indexOf('=');
    if (equals <= 0) {
      throw new IllegalArgumentException(
          "--function-env needs KEY=VALUE, got " + assignment + "\n" + usage());
    }
    return Map.of(assignment.substring(0, equals), assignment.substring(equals + 1));
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
    return with(draft -> draft.template = value);
  }

  public LocalStackConfig withCode(List<Path> value) {
    return with(draft -> draft.code = value);
  }

  /** Adds code after the code already set: test handlers beside the functions jar. */
  public LocalStackConfig withExtraCode(Path value) {
    return withExtraCode(List.of(value));
  }

  /** Adds code after the code already set, in order. */
  public LocalStackConfig withExtraCode(List<Path> values) {
    return with(
        draft -> {
          List<Path> more = new ArrayList<>(draft.code);
          more.addAll(values);
          draft.code = more;
        });
  }

  /** Port 0 picks a free port, which is what tests want. */
  public LocalStackConfig withPorts(int http, int aws) {
    return with(
        draft -> {
          draft.httpPort = http;
          draft.awsPort = aws;
        });
  }

  public LocalStackConfig withKeepData(boolean value) {
    return with(draft -> draft.keepData = value);
  }

  public LocalStackConfig withVenv(Path value) {
    return with(draft -> draft.venv = value);
  }

  public LocalStackConfig withStackName(String value) {
    return with(draft -> draft.stackName = value);
  }

  public LocalStackConfig withScheduleOverride(Duration value) {
    return with(draft -> draft.scheduleOverride = Optional.of(value));
  }

  public LocalStackConfig withDebug(boolean value) {
    return with(draft -> draft.debug = value);
  }

  /** Port 0 picks a free port, which is what tests want. */
  public LocalStackConfig withBankPort(int value) {
    return with(draft -> draft.bankPort = value);
  }

  public LocalStackConfig withBankBehaviour(BankBehaviour value) {
    return with(draft -> draft.bankBehaviour = value);
  }

  public LocalStackConfig withDynamoDbThrottleRate(double value) {
    return with(draft -> draft.dynamoDbThrottleRate = value);
  }

  public LocalStackConfig withFaultSeed(long value) {
    return with(draft -> draft.faultSeed = value);
  }

  /**
   * Adds the variables to every function's environment (a later value for the same name replaces
   * the earlier).
   */
  public LocalStackConfig withFunctionEnvironment(Map<String, String> variables) {
    return with(
        draft -> {
          Map<String, String> merged = new LinkedHashMap<>(draft.functionEnvironment);
          merged.putAll(variables);
          draft.functionEnvironment = merged;
        });
  }

  /** Port 0 picks a free port, which is what tests want. */
  public LocalStackConfig withProviderPort(int value) {
    return with(draft -> draft.providerPort = value);
  }

  public LocalStackConfig withProvider(ProviderSettings value) {
    return with(draft -> draft.provider = value);
  }

  /**
   * Runs {@code handler} ({@code class::method}) instead of the template's handler in the function
   * whose logical id starts with {@code functionLogicalIdPrefix}; its class must be in the {@link
   * #code}.
   */
  public LocalStackConfig withHandlerOverride(String functionLogicalIdPrefix, String handler) {
    return with(
        draft -> {
          Map<String, String> overrides = new LinkedHashMap<>(draft.handlerOverrides);
          overrides.put(functionLogicalIdPrefix, handler);
          draft.handlerOverrides = overrides;
        });
  }

  private LocalStackConfig with(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.build();
  }

  /**
   * The options as mutable fields, starting from the defaults: the one place that lists every
   * option.
   */
  private static final class Draft {
    private Path template = DEFAULT_TEMPLATE;
    private List<Path> code = List.of(DEFAULT_CODE);
    private int httpPort = 8080;
    private int awsPort = 4566;
    private boolean keepData = false;
    private Path dataDirectory = Path.of(".localstack-data");
    private Path venv = Path.of(System.getProperty("finflow.venv", ".venv"));
    private String stackName = "Finflow";
    private Optional<Duration> scheduleOverride = Optional.empty();
    private boolean debug = false;
    private int bankPort = 8091;
    private BankBehaviour bankBehaviour = BankBehaviour.RELIABLE;
    private double dynamoDbThrottleRate = 0.0;
    private long faultSeed = 42;
    private Map<String, String> functionEnvironment = Map.of();
    private int providerPort = 8092;
    private ProviderSettings provider = ProviderSettings.DEFAULTS;
    private Map<String, String> handlerOverrides = Map.of();

    Draft() {}

    Draft(LocalStackConfig config) {
      template = config.template;
      code = config.code;
      httpPort = config.httpPort;
      awsPort = config.awsPort;
      keepData = config.keepData;
      dataDirectory = config.dataDirectory;
      venv = config.venv;
      stackName = config.stackName;
      scheduleOverride = config.scheduleOverride;
      debug = config.debug;
      bankPort = config.bankPort;
      bankBehaviour = config.bankBehaviour;
      dynamoDbThrottleRate = config.dynamoDbThrottleRate;
      faultSeed = config.faultSeed;
      functionEnvironment = config.functionEnvironment;
      providerPort = config.providerPort;
      provider = config.provider;
      handlerOverrides = config.handlerOverrides;
    }

    LocalStackConfig build() {
      return new LocalStackConfig(
          template,
          code,
          httpPort,
          awsPort,
          keepData,
          dataDirectory,
          venv,
          stackName,
          scheduleOverride,
          debug,
          bankPort,
          bankBehaviour,
          dynamoDbThrottleRate,
          faultSeed,
          functionEnvironment,
          providerPort,
          provider,
          handlerOverrides);
    }
  }
}
