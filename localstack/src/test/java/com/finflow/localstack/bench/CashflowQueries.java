package com.finflow.localstack.bench;

import com.finflow.localstack.flow.ApiClient;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * The cashflow benchmark's queries through the HTTP API: each round of a query is followed by a
 * plain read of the same company, so a slower machine shows as a slower baseline.
 */
final class CashflowQueries {

  private static final int QUERIES = 200;
  private static final int WARM_UP = 20;

  private CashflowQueries() {}

  /** Prints p50/p95 of each query and of its baseline, over random companies (seeded). */
  static void measure(ApiClient api, String token, List<String> companies, long seed) {
    Random random = new Random(seed);
    Map<String, Rounds> queries = new LinkedHashMap<>();
    queries.put(
        "a year of daily balances",
        latencies(
            api,
            token,
            random,
            companies,
            year -> "/balances?from=" + year + "-01-01&to=" + year + "-12-31&interval=day"));
    queries.put(
        "4 years of monthly balances",
        latencies(
            api,
            token,
            random,
            companies,
            year -> "/balances?from=2021-01-01&to=2024-12-31&interval=month"));
    queries.put("summary", latencies(api, token, random, companies, year -> "/summary"));
    queries.put(
        "balance at an instant",
        latencies(
            api,
            token,
            random,
            companies,
            year ->
                "/balance?at="
                    + LocalDate.of(year, 1, 1)
                        .plusDays(random.nextInt(365))
                        .atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60))
                        .atOffset(ZoneOffset.UTC)));

    System.out.printf(
        "Queries through the HTTP API, %d each after %d warm-up, random companies (seeded), each"
            + " round followed by GET /cashflow/companies/{id} (one GetItem) as the baseline:%n",
        QUERIES, WARM_UP);
    queries.forEach(
        (name, rounds) ->
            System.out.printf(
                "  %-28s : %s   baseline p50 %6.2f ms, ratio p50 %.2fx%n",
                name,
                rounds.query().summary(),
                rounds.baseline().p(50),
                rounds.query().p(50) / rounds.baseline().p(50)));
  }

  /** A query's latencies and those of the baseline read measured alternately with it. */
  private record Rounds(Percentiles query, Percentiles baseline) {}

  private static Rounds latencies(
      ApiClient api,
      String token,
      Random random,
      List<String> companies,
      Function<Integer, String> query) {
    long[] nanos = new long[QUERIES];
    long[] baseline = new long[QUERIES];
    for (int i = -WARM_UP; i < QUERIES; i++) {
      String company = "/cashflow/companies/" + companies.get(random.nextInt(companies.size()));
      long took = timedGet(api, token, company + query.apply(2021 + random.nextInt(4)));
      long plain = timedGet(api, token, company);
      if (i >= 0) {
        nanos[i] = took;
        baseline[i] = plain;
      }
    }
    return new Rounds(new Percentiles(nanos), new Percentiles(baseline));
  }

  private static long timedGet(ApiClient api, String token, String path) {
    long sent = System.nanoTime();
    ApiClient.Reply reply = api.get(path, Optional.of(token));
    long took = System.nanoTime() - sent;
    if (reply.status() != 200) {
      throw new IllegalStateException(
          "GET " + path + " answered " + reply.status() + ": " + reply.body());
    }
    return took;
  }
}
