package com.finflow.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.flow.ApiClient;
import com.finflow.localstack.flow.RunningFinflow;
import com.finflow.localstack.flow.Tenant;
import com.finflow.localstack.flow.TestCpfs;
import com.finflow.localstack.openfinance.EndpointFaults;
import com.finflow.localstack.openfinance.ProviderEndpoint;
import com.finflow.localstack.openfinance.ProviderFaults;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Extractions against the sandbox provider at 0%, 20% and 50% injected 504s on every endpoint:
 * success rate and latency for each, then the provider calls of a first and a repeated extraction
 * of the same user.
 */
public final class ExtractionBenchmark {

  public static void main(String[] args) {
    int extractions = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    try (LocalStackRuntime runtime =
        LocalStackRuntime.start(
            RunningFinflow.realStack(Path.of("infra-cdk/cdk.out/Finflow.template.json"))
                // One organization makes every request: the figures are latencies, not its quota.
                .withFunctionEnvironment(Map.of("EXTRACTIONS_PER_MINUTE", "1000000")))) {
      run(runtime, extractions);
    }
  }

  private static void run(LocalStackRuntime runtime, int extractions) {
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    Tenant tenant = Tenant.signUp(api, "1.00");
    long user = 100_000_000;
    for (int i = 0; i < 3; i++) {
      extract(api, tenant, TestCpfs.of(user++));
    }

    StringBuilder report = new StringBuilder();
    double baselineP50 = 0;
    for (double rate : new double[] {0.0, 0.2, 0.5}) {
      runtime.provider().faults(everyEndpointTimingOut(rate));
      long[] nanos = new long[extractions];
      int complete = 0;
      int partial = 0;
      for (int i = 0; i < extractions; i++) {
        long started = System.nanoTime();
        ApiClient.Reply reply = extract(api, tenant, TestCpfs.of(user++));
        nanos[i] = System.nanoTime() - started;
        if (reply.status() == 200 && reply.json().get("summary").get("errors").isEmpty()) {
          complete++;
        } else if (reply.status() == 200) {
          partial++;
        }
      }
      Percentiles latency = new Percentiles(nanos);
      if (rate == 0.0) {
        baselineP50 = latency.p(50);
      }
      report.append(
          String.format(
              "  %3.0f%% 504s: complete %3d/%d (%5.1f%%), partial %d   %s   p50 %.2fx baseline%n",
              rate * 100,
              complete,
              extractions,
              100.0 * complete / extractions,
              partial,
              latency.summary(),
              latency.p(50) / baselineP50));
    }
    runtime.provider().faults(ProviderFaults.NONE);

    Tenant newcomer = Tenant.signUp(api, "1.00");
    String cpf = TestCpfs.of(user);
    long before = calls(runtime);
    JsonNode first = extract(api, newcomer, cpf).json();
    long firstCalls = calls(runtime) - before;
    extract(api, newcomer, cpf);
    long repeatedCalls = calls(runtime) - before - firstCalls;

    System.out.println();
    System.out.printf(
        "Open-finance extractions on the local stack, %d per fault rate, distinct users%n",
        extractions);
    System.out.print(report);
    System.out.printf(
        "  provider calls, first extraction of a user (new organization): %d%n", firstCalls);
    System.out.printf(
        "  provider calls, repeated extraction of the same user          : %d   (%.0f%% fewer; %d accounts)%n",
        repeatedCalls,
        100.0 * (firstCalls - repeatedCalls) / firstCalls,
        first.get("accounts").size());
  }

  private static ProviderFaults everyEndpointTimingOut(double rate) {
    ProviderFaults faults = ProviderFaults.NONE.withSeed(11);
    for (ProviderEndpoint endpoint : ProviderEndpoint.values()) {
      faults = faults.with(endpoint, EndpointFaults.NONE.withGatewayTimeoutRate(rate));
    }
    return faults;
  }

  private static ApiClient.Reply extract(ApiClient api, Tenant tenant, String cpf) {
    return api.post(
        "/extract-financial-data",
        Optional.of(tenant.accessToken()),
        "{\"name\":\"Bench\",\"organization_name\":\"Bench Org\",\"organization_id\":\"1\",\"user_document_number\":\""
            + cpf
            + "\"}");
  }

  private static long calls(LocalStackRuntime runtime) {
    return runtime.provider().calls().values().stream().mapToLong(Long::longValue).sum();
  }
}
