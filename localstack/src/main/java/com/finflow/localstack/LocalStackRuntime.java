package com.finflow.localstack;

import com.finflow.emulators.AwsAccount;
import com.finflow.emulators.DynamoDbLocal;
import com.finflow.emulators.ElasticMq;
import com.finflow.emulators.MotoServer;
import com.finflow.localstack.bank.SimulatedBank;
import com.finflow.localstack.fx.SandboxFxServer;
import com.finflow.localstack.fx.SandboxRates;
import com.finflow.localstack.gateway.AwsGateway;
import com.finflow.localstack.gateway.AwsService;
import com.finflow.localstack.gateway.GatewayFaults;
import com.finflow.localstack.gateway.GatewayTraffic;
import com.finflow.localstack.http.HttpApiRoutes;
import com.finflow.localstack.http.HttpApiServer;
import com.finflow.localstack.lambda.FunctionCode;
import com.finflow.localstack.lambda.FunctionDefinitions;
import com.finflow.localstack.lambda.FunctionEnvironment;
import com.finflow.localstack.lambda.LambdaRuntime;
import com.finflow.localstack.openfinance.ProviderSecretRedirect;
import com.finflow.localstack.openfinance.SandboxProvider;
import com.finflow.localstack.prices.SandboxPriceServer;
import com.finflow.localstack.provision.AwsClients;
import com.finflow.localstack.provision.ProvisionedStack;
import com.finflow.localstack.provision.StackProvisioner;
import com.finflow.localstack.schedule.ScheduleRunner;
import com.finflow.localstack.schedule.ScheduledTargets;
import com.finflow.localstack.sqs.QueueMappings;
import com.finflow.localstack.sqs.QueuePoller;
import com.finflow.localstack.template.CloudFormationTemplate;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole system on this machine; also how tests boot it. Closing stops everything it started.
 */
public final class LocalStackRuntime implements AutoCloseable {

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private URI awsEndpoint;
  private URI httpBaseUrl;
  private ProvisionedStack stack;
  private SimulatedBank bank;
  private SandboxProvider provider;
  private SandboxFxServer fx;
  private SandboxPriceServer prices;
  private GatewayFaults faults;
  private AwsGateway gateway;
  private LambdaRuntime lambda;
  private HttpApiServer httpApi;
  private List<QueuePoller> pollers = List.of();
  private long startupMillis;

  private LocalStackRuntime() {}

  public static LocalStackRuntime start(LocalStackConfig config) {
    LocalStackRuntime runtime = new LocalStackRuntime();
    try {
      runtime.boot(config);
      return runtime;
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
  }

  private void boot(LocalStackConfig config) {
    long began = System.nanoTime();
    CloudFormationTemplate template = CloudFormationTemplate.load(config.template());
    faults = new GatewayFaults(config.dynamoDbThrottleRate(), config.faultSeed());
    gateway = remember(AwsGateway.listen(config.awsPort(), faults));
    int awsPort = gateway.port();
    awsEndpoint = URI.create("http://localhost:" + awsPort);
    pointSdkDefaultsAt(awsEndpoint);

    MotoServer moto = remember(MotoServer.launch(config.venv()));
    DynamoDbLocal dynamoDb =
        remember(
            DynamoDbLocal.start(
                config.keepData()
                    ? Optional.of(config.dataDirectory().resolve("dynamodb"))
                    : Optional.empty()));
    ElasticMq sqs = remember(ElasticMq.start(awsPort));
    bank = remember(SimulatedBank.start(config.bankPort(), config.bankBehaviour()));
    provider = remember(SandboxProvider.start(config.providerPort(), config.provider()));
    fx = remember(SandboxFxServer.start(0, Clock.systemUTC()));
    prices = remember(SandboxPriceServer.start(0, Clock.systemUTC()));
    moto.awaitReady();
    gateway.routeTo(
        Map.of(
            AwsService.DYNAMODB, dynamoDb.port(),
            AwsService.SQS, sqs.port(),
            AwsService.KMS, moto.port(),
            AwsService.SECRETS_MANAGER, moto.port()));
    // Closed before the emulators, so requests still proxied to them are cut: ElasticMQ's stop
    // waits up to a minute for the requests in flight, and often took 30 s here.
    remember(gateway::close);

    AwsClients clients = remember(new AwsClients(awsEndpoint));
    stack = new StackProvisioner().provision(template, clients, config.stackName());
    ProviderSecretRedirect.apply(stack, clients.secretsManager(), provider);

    lambda =
        remember(
            new LambdaRuntime(
                FunctionDefinitions.from(stack, config.handlerOverrides()),
                new FunctionCode(
                    config.code(),
                    config.template().toAbsolutePath().getParent(),
                    FunctionDefinitions.codeKeys(stack)),
                new FunctionEnvironment(
                    awsEndpoint, bank.baseUrl(), withSandboxes(config.functionEnvironment()))));
    String apiId =
        stack.ofType("AWS::ApiGatewayV2::Api").stream()
            .findFirst()
            .map(api -> api.ref().toLowerCase(java.util.Locale.ROOT))
            .orElse("local");
    httpApi =
        remember(HttpApiServer.start(config.httpPort(), HttpApiRoutes.from(stack), lambda, apiId));
    httpBaseUrl = URI.create("http://localhost:" + httpApi.port());
    List<QueuePoller> polling = new ArrayList<>();
    // All told at once, they end their current polls (up to a second each) side by side.
    remember(
        () -> {
          polling.forEach(QueuePoller::stopPolling);
          polling.forEach(QueuePoller::close);
        });
    QueueMappings.from(stack)
        .forEach(mapping -> polling.add(QueuePoller.start(mapping, clients.sqs(), lambda)));
    pollers = List.copyOf(polling);
    remember(new ScheduleRunner(ScheduledTargets.from(stack), lambda, config.scheduleOverride()));
    startupMillis = (System.nanoTime() - began) / 1_000_000;
  }

  /**
   * Reference rates and prices come from the sandboxes unless the caller pointed them elsewhere.
   */
  private Map<String, String> withSandboxes(Map<String, String> overrides) {
    Map<String, String> environment = new java.util.LinkedHashMap<>();
    environment.put("FX_SOURCE_URL", fx.baseUrl().toString());
    environment.put("PRICE_SOURCE_URL", prices.baseUrl().toString());
    // The first refresh reads the sandbox's whole history, which starts here.
    environment.put("FX_HISTORY_FROM", SandboxRates.FIRST_DAY.toString());
    environment.putAll(overrides);
    return environment;
  }

  /**
   * SDK clients built with defaults, in functions or in tests, then reach the gateway with no other
   * setting.
   */
  private static void pointSdkDefaultsAt(URI endpoint) {
    System.setProperty("aws.endpointUrl", endpoint.toString());
    System.setProperty("aws.region", AwsAccount.REGION);
    System.setProperty("aws.accessKeyId", AwsAccount.ACCESS_KEY_ID);
    System.setProperty("aws.secretAccessKey", AwsAccount.SECRET_ACCESS_KEY);
  }

  private <T extends AutoCloseable> T remember(T resource) {
    started.push(resource);
    return resource;
  }

  public URI awsEndpoint() {
    return awsEndpoint;
  }

  public URI httpBaseUrl() {
    return httpBaseUrl;
  }

  public ProvisionedStack stack() {
    return stack;
  }

  /**
   * The external bank, simulated: its URL, its ledger, and its behaviour, which tests may change
   * while it runs.
   */
  public SimulatedBank bank() {
    return bank;
  }

  /** The sandbox ECB: its URL, its calls per file, and a share of failures tests may set. */
  public SandboxFxServer fx() {
    return fx;
  }

  /** The market-data sandbox the functions read securities and prices from. */
  public SandboxPriceServer prices() {
    return prices;
  }

  /**
   * The sandbox Open Finance Brasil provider: its URL, registration secret and calls per endpoint,
   * and its faults, which tests may change while it runs.
   */
  public SandboxProvider provider() {
    return provider;
  }

  /** Requests the AWS gateway received, per service. */
  public GatewayTraffic traffic() {
    return gateway.traffic();
  }

  /** The faults the AWS gateway injects, which tests may change while the stack runs. */
  public GatewayFaults faults() {
    return faults;
  }

  public LambdaRuntime lambda() {
    return lambda;
  }

  public HttpApiServer httpApi() {
    return httpApi;
  }

  public List<QueuePoller> pollers() {
    return pollers;
  }

  public long startupMillis() {
    return startupMillis;
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      AutoCloseable resource = started.pop();
      try {
        resource.close();
      } catch (Exception e) {
        System.err.println(
            "stopping " + resource.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }
}
