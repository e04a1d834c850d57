package com.finflow.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.flow.ApiClient;
import com.finflow.localstack.flow.RunningFinflow;
import com.finflow.localstack.personal.AnalyticsWriter;
import com.finflow.localstack.personal.GeneratedTransactions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code GET /me/analytics} for a user with many transactions (100,000 by default), against the
 * local stack: p50/p95 of two years by month, and of a plain {@code GET} of one transaction
 * measured alternately in the same run, with their ratio. The transactions are recorded through the
 * HTTP API, 8 at a time, and the view brought up to them by the refresher as in production.
 */
public final class AnalyticsBenchmark {

  private static final long SEED = 20261204;
  private static final int WRITERS = 8;
  private static final int ROUNDS = 200;
  private static final int WARM_UP = 20;
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

  public static void main(String[] args) throws Exception {
    int transactions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    try (LocalStackRuntime runtime =
        LocalStackRuntime.start(
            RunningFinflow.realStack(Path.of("infra-cdk/cdk.out/Finflow.template.json")))) {
      run(runtime, transactions);
    }
  }

  private static void run(LocalStackRuntime runtime, int transactions) throws Exception {
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    // A user in BRL and America/Sao_Paulo, once reference rates are published.
    Session session = new Session(api);
    System.out.printf(
        "analytics bench: recording %,d transactions (seed %d), %d at a time%n",
        transactions, SEED, WRITERS);
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    long loading = System.nanoTime();
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    List<Future<Object>> written = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      written.add(
          writers.submit(
              () -> {
                Random random = new Random(SEED + writer);
                for (int i = next.getAndIncrement(); i < transactions; i = next.getAndIncrement()) {
                  ApiClient.Reply created =
                      api.post(
                          "/me/transactions",
                          Optional.of(session.token()),
                          GeneratedTransactions.next(random, FIRST_DAY, 731));
                  require(created, 201);
                  ids.add(created.json().get("id").asText());
                }
                return null;
              }));
    }
    writers.shutdown();
    writers.awaitTermination(2, TimeUnit.HOURS);
    for (Future<Object> writer : written) {
      writer.get(); // a writer's failure fails the bench rather than leaving it waiting
    }
    double loaded = (System.nanoTime() - loading) / 1e9;
    System.out.printf(
        "analytics bench: recorded in %.0f s (%.0f/s)%n", loaded, transactions / loaded);
    long settling = System.nanoTime();
    awaitFresh(api, session, transactions);
    System.out.printf(
        "analytics bench: view current %.1f s after the last write%n",
        (System.nanoTime() - settling) / 1e9);

    long[] analytics = new long[ROUNDS];
    long[] single = new long[ROUNDS];
    Random pick = new Random(SEED);
    String window = "/me/analytics?from=2023-01-01&to=2024-12-31&period=month";
    for (int round = -WARM_UP; round < ROUNDS; round++) {
      String one = "/me/transactions/" + ids.get(pick.nextInt(ids.size()));
      long started = System.nanoTime();
      String token = session.token();
      require(api.get(window, Optional.of(token)), 200);
      long between = System.nanoTime();
      require(api.get(one, Optional.of(token)), 200);
      long done = System.nanoTime();
      if (round >= 0) {
        analytics[round] = between - started;
        single[round] = done - between;
      }
    }
    Percentiles a = new Percentiles(analytics);
    Percentiles g = new Percentiles(single);
    System.out.println("analytics bench: GET /me/analytics (2 years by month)  " + a.summary());
    System.out.println("analytics bench: GET /me/transactions/{id}             " + g.summary());
    System.out.printf(
        "analytics bench: ratio analytics / one transaction: p50 %.2fx, p95 %.2fx%n",
        a.p(50) / g.p(50), a.p(95) / g.p(95));
  }

  private static void awaitFresh(ApiClient api, Session session, int count)
      throws InterruptedException {
    while (true) {
      JsonNode report =
          require(
                  api.get(
                      "/me/analytics?from=2022-12-31&to=2025-01-01&period=year",
                      Optional.of(session.token())),
                  200)
              .json();
      if (report.get("fresh").asBoolean() && report.get("count").asLong() == count) {
        return;
      }
      Thread.sleep(1_000);
    }
  }

  /**
   * The bench user's access token, signed in again before it expires (after 15 minutes): recording
   * 100,000 transactions can take longer.
   */
  private static final class Session {
    private static final Duration RENEW_AFTER = Duration.ofMinutes(10);

    private final ApiClient api;
    private final String email = "analytics-bench-" + UUID.randomUUID() + "@example.com";
    private final String password = "correct horse " + UUID.randomUUID();
    private String token;
    private long signedInAt;

    Session(ApiClient api) {
      this.api = api;
      this.token = AnalyticsWriter.signUpAs(api, SEED, email, password).token();
      this.signedInAt = System.nanoTime();
    }

    synchronized String token() {
      if (System.nanoTime() - signedInAt > RENEW_AFTER.toNanos()) {
        token =
            require(
                    api.post(
                        "/auth/login",
                        Optional.empty(),
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"),
                    200)
                .json()
                .get("access_token")
                .asText();
        signedInAt = System.nanoTime();
      }
      return token;
    }
  }

  private static ApiClient.Reply require(ApiClient.Reply reply, int status) {
    if (reply.status() != status) {
      throw new IllegalStateException(
          "expected " + status + ", got " + reply.status() + ": " + reply.body());
    }
    return reply;
  }
}
