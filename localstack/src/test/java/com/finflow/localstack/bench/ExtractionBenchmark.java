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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Extractions against the sandbox provider at 0%, 20% and 50% injected 504s on every endpoint:
 * success rate and latency for each; then first and repeat extractions of users with 6 accounts and
 * 12 months of data: provider calls and p50 of each, and whether the repeat answered as a full
 * extraction.
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

    Repeats repeats = repeats(runtime, api, user, Math.max(5, extractions / 5));

    System.out.println();
    System.out.printf(
        "Open-finance extractions on the local stack, %d per fault rate, distinct users%n",
        extractions);
    System.out.print(report);
    System.out.print(repeats.report());
  }

  /**
   * First and repeat extractions of {@code users} users of 6 accounts and 12 months each, from a
   * provider serving pages of 25: provider calls and latency of each, and whether the repeat
   * answered exactly what a full extraction answers.
   */
  private static Repeats repeats(LocalStackRuntime runtime, ApiClient api, long user, int users) {
    Tenant tenant = Tenant.signUp(api, "1.00");
    runtime.provider().largestPage(25);
    long[] firstNanos = new long[users];
    long[] repeatNanos = new long[users];
    long firstCalls = 0;
    long repeatCalls = 0;
    long transactions = 0;
    int identical = 0;
    try {
      for (int i = 0; i < users; i++) {
        String cpf = TestCpfs.of(user + 1_000 + i);
        runtime.provider().accountsOf(cpf, 6);
        long before = calls(runtime);
        long started = System.nanoTime();
        JsonNode first = extract(api, tenant, cpf, "").json();
        firstNanos[i] = System.nanoTime() - started;
        long afterFirst = calls(runtime);
        started = System.nanoTime();
        JsonNode repeat = extract(api, tenant, cpf, "").json();
        repeatNanos[i] = System.nanoTime() - started;
        long afterRepeat = calls(runtime);
        JsonNode full = extract(api, tenant, cpf, ",\"full\":true").json();
        firstCalls += afterFirst - before;
        repeatCalls += afterRepeat - afterFirst;
        transactions += first.get("summary").get("total_transactions").asLong();
        if (first.get("accounts").size() == 6
            && repeat.get("accounts").equals(full.get("accounts"))
            && repeat.get("summary").get("errors").equals(full.get("summary").get("errors"))) {
          identical++;
        } else {
          System.out.println("  user " + i + " differs: " + difference(first, repeat, full));
        }
      }
    } finally {
      runtime.provider().largestPage(1000);
    }
    return new Repeats(
        users,
        transactions,
        firstCalls,
        repeatCalls,
        new Percentiles(firstNanos),
        new Percentiles(repeatNanos),
        identical);
  }

  /** Why a repeat did not answer as a full extraction, so that a mismatch can be chased. */
  private static String difference(JsonNode first, JsonNode repeat, JsonNode full) {
    if (first.get("accounts").size() != 6) {
      return "the first extraction read "
          + first.get("accounts").size()
          + " accounts, errors "
          + first.get("summary").get("errors");
    }
    if (!repeat.get("summary").get("errors").equals(full.get("summary").get("errors"))) {
      return "errors "
          + repeat.get("summary").get("errors")
          + " vs "
          + full.get("summary").get("errors");
    }
    for (int a = 0; a < full.get("accounts").size(); a++) {
      JsonNode mine = repeat.get("accounts").path(a);
      JsonNode theirs = full.get("accounts").get(a);
      if (!mine.equals(theirs)) {
        List<String> repeatIds = new ArrayList<>();
        List<String> fullIds = new ArrayList<>();
        mine.path("transactions").forEach(t -> repeatIds.add(t.path("transaction_id").asText()));
        theirs.path("transactions").forEach(t -> fullIds.add(t.path("transaction_id").asText()));
        List<String> onlyRepeat = new ArrayList<>(repeatIds);
        onlyRepeat.removeAll(fullIds);
        List<String> onlyFull = new ArrayList<>(fullIds);
        onlyFull.removeAll(repeatIds);
        return "account "
            + theirs.path("account_id").asText()
            + ": "
            + repeatIds.size()
            + " vs "
            + fullIds.size()
            + " transactions, only in the repeat "
            + onlyRepeat
            + ", only in the full one "
            + onlyFull
            + (onlyRepeat.isEmpty() && onlyFull.isEmpty()
                ? ", same ids: order or fields differ"
                : "");
      }
    }
    return "the account lists differ";
  }

  private record Repeats(
      int users,
      long transactions,
      long firstCalls,
      long repeatCalls,
      Percentiles first,
      Percentiles repeat,
      int identical) {

    String report() {
      return String.format(
          "Repeat extractions: %d users of 6 accounts and 12 months each (%d transactions per user"
              + " on average), the provider serving pages of 25%n"
              + "  first extraction : %5.1f provider calls per user   p50 %7.1f ms%n"
              + "  repeat extraction: %5.1f provider calls per user   p50 %7.1f ms%n"
              + "  the repeat makes %.1f%% fewer provider calls; its answer equals a full"
              + " extraction's for %d/%d users%n",
          users,
          transactions / users,
          (double) firstCalls / users,
          first.p(50),
          (double) repeatCalls / users,
          repeat.p(50),
          100.0 * (firstCalls - repeatCalls) / firstCalls,
          identical,
          users);
    }
  }

  private static ProviderFaults everyEndpointTimingOut(double rate) {
    ProviderFaults faults = ProviderFaults.NONE.withSeed(11);
    for (ProviderEndpoint endpoint : ProviderEndpoint.values()) {
      faults = faults.with(endpoint, EndpointFaults.NONE.withGatewayTimeoutRate(rate));
    }
    return faults;
  }

  private static ApiClient.Reply extract(ApiClient api, Tenant tenant, String cpf) {
    return extract(api, tenant, cpf, "");
  }

  private static ApiClient.Reply extract(
      ApiClient api, Tenant tenant, String cpf, String moreMembers) {
    return api.post(
        "/extract-financial-data",
        Optional.of(tenant.accessToken()),
        "{\"name\":\"Bench\",\"organization_name\":\"Bench Org\",\"organization_id\":\"1\",\"user_document_number\":\""
            + cpf
            + "\""
            + moreMembers
            + "}");
  }

  private static long calls(LocalStackRuntime runtime) {
    return runtime.provider().calls().values().stream().mapToLong(Long::longValue).sum();
  }
}
