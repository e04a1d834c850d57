package com.finflow.localstack;

import com.finflow.emulators.AwsAccount;
import com.finflow.localstack.http.HttpRoute;
import com.finflow.localstack.lambda.FunctionDefinition;
import com.finflow.localstack.provision.PhysicalResource;
import com.finflow.localstack.sqs.QueuePoller;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Tells a developer where everything listens and how to reach it. */
final class StartupReport {

  private StartupReport() {}

  static void print(LocalStackRuntime runtime, LocalStackConfig config, PrintStream out) {
    out.println();
    out.println("HTTP API        " + runtime.httpBaseUrl());
    for (HttpRoute route : runtime.httpApi().routes().routes()) {
      out.printf(
          "  %-40s -> %s%s%n",
          route.routeKey(),
          runtime
              .lambda()
              .find(route.function())
              .map(FunctionDefinition::name)
              .orElse(route.function()),
          route.authorizer().map(a -> "  [authorizer " + a.name() + "]").orElse(""));
    }
    out.println(
        "Dashboard       "
            + runtime.httpBaseUrl().resolve("/cashflow/dashboard")
            + "  (cashflow; sign in with a Finflow email and password)");
    out.println(
        "AWS endpoint    " + runtime.awsEndpoint() + "  (dynamodb, sqs, kms, secretsmanager)");
    if (runtime.faults().dynamoDbThrottleRate() > 0) {
      out.printf(
          java.util.Locale.ROOT,
          "  throttling %.0f%% of DynamoDB requests (fault seed %d)%n",
          runtime.faults().dynamoDbThrottleRate() * 100,
          config.faultSeed());
    }
    out.println(
        "Bank            "
            + runtime.bank().baseUrl()
            + "  (simulated: "
            + runtime.bank().behaviour().describe()
            + "; POST /payments, GET /ledger, PUT /behaviour)");
    out.println(
        "Open Finance    "
            + runtime.provider().baseUrl()
            + "  (sandbox Open Finance Brasil provider:"
            + " consents v3, accounts v2; discovery at /.well-known/openid-configuration)");
    out.println(
        "  registration secret "
            + runtime.provider().registrationSecret()
            + "  (bearer token for POST /register)");
    out.println(
        "  consents authorised after "
            + config.provider().authorisationDelay().toMillis()
            + " ms (CPFs starting 999 reject); the consent id goes in the x-consent-id header");
    out.println(
        "  faults "
            + runtime.provider().faults().describe()
            + "  (PUT /sandbox/faults, GET /sandbox/calls)");
    out.println(
        "ECB rates       "
            + runtime.fx().baseUrl()
            + "  (sandbox: eurofxref-daily.xml, -hist-90d.xml, -hist.xml;"
            + " PUT /sandbox/faults, GET /sandbox/calls)");
    out.println(
        "Prices          "
            + runtime.prices().baseUrl()
            + "  (sandbox in Alpha Vantage's format: query?function=SYMBOL_SEARCH|TIME_SERIES_DAILY;"
            + " PUT /sandbox/faults, GET /sandbox/calls)");
    section(out, "Tables", runtime, "AWS::DynamoDB::Table");
    section(out, "Queues", runtime, "AWS::SQS::Queue");
    section(out, "KMS keys", runtime, "AWS::KMS::Key");
    section(out, "KMS aliases", runtime, "AWS::KMS::Alias");
    section(out, "Secrets", runtime, "AWS::SecretsManager::Secret");
    out.println("Functions");
    for (FunctionDefinition function : runtime.lambda().functions()) {
      out.printf(
          "  %-40s %s (timeout %ds)%n",
          function.name(), function.handler(), function.timeout().toSeconds());
    }
    config
        .functionEnvironment()
        .forEach((name, value) -> out.printf("  every function: %s=%s%n", name, value));
    for (QueuePoller poller : runtime.pollers()) {
      out.printf(
          "  %s polls %s%n",
          runtime
              .lambda()
              .find(poller.mapping().function())
              .map(FunctionDefinition::name)
              .orElse(poller.mapping().function()),
          poller.mapping().queueUrl());
    }
    Map<String, Long> ignored =
        runtime.stack().all().stream()
            .filter(resource -> !resource.emulated())
            .collect(
                Collectors.groupingBy(PhysicalResource::type, TreeMap::new, Collectors.counting()));
    if (config.debug()) {
      out.println("Not emulated (declared only)");
      ignored.forEach((type, count) -> out.printf("  %-40s x%d%n", type, count));
    } else if (!ignored.isEmpty()) {
      out.println(
          "Not emulated: "
              + ignored.values().stream().mapToLong(Long::longValue).sum()
              + " resources of "
              + ignored.size()
              + " types (IAM, logs, alarms...; --debug lists them)");
    }
    out.println(
        config.keepData()
            ? "Data            kept in "
                + config.dataDirectory().resolve("dynamodb")
                + ": DynamoDB tables and items."
                + " Not kept: SQS messages, KMS keys and secrets (recreated, with new key ids and secret values)."
            : "Data            in memory; this run starts empty (--keep-data keeps DynamoDB tables)");
    out.println();
    out.println("Point the AWS SDK or CLI at it:");
    out.println(
        "  export AWS_ENDPOINT_URL="
            + runtime.awsEndpoint()
            + " AWS_REGION="
            + AwsAccount.REGION
            + " AWS_ACCESS_KEY_ID="
            + AwsAccount.ACCESS_KEY_ID
            + " AWS_SECRET_ACCESS_KEY="
            + AwsAccount.SECRET_ACCESS_KEY);
    out.println();
    out.println("Started in " + runtime.startupMillis() + " ms");
    out.println("Finflow local stack ready");
    out.flush();
  }

  private static void section(
      PrintStream out, String title, LocalStackRuntime runtime, String type) {
    var resources = runtime.stack().ofType(type);
    if (resources.isEmpty()) {
      return;
    }
    out.println(title);
    resources.forEach(resource -> out.printf("  %-40s %s%n", resource.logicalId(), resource.ref()));
  }
}
