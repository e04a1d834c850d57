package com.finflow.localstack.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.flow.ApiClient;
import com.finflow.localstack.flow.Tenant;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * A user in BRL and {@code America/Sao_Paulo} recording generated transactions through the HTTP API
 * one at a time, and waiting, when asked, until analytics over {@link #FROM}..{@link #TO} count
 * every one of them.
 */
public final class AnalyticsWriter {

  public static final String FROM = "2024-01-01";
  public static final String TO = "2024-12-31";
  public static final Duration FRESH_WITHIN = Duration.ofSeconds(60);

  private final ApiClient api;
  private final String token;
  private final Random random;
  private long written;

  private AnalyticsWriter(ApiClient api, String token, long seed) {
    this.api = api;
    this.token = token;
    this.random = new Random(seed);
  }

  /** Signs a new user up, sets their profile and waits until reference rates are published. */
  public static AnalyticsWriter signUp(ApiClient api, long seed) {
    return signUpAs(
        api,
        seed,
        "writer-" + UUID.randomUUID() + "@example.com",
        "correct horse " + UUID.randomUUID());
  }

  /** As {@link #signUp}, with the email and password chosen by the caller, to sign in again. */
  public static AnalyticsWriter signUpAs(ApiClient api, long seed, String email, String password) {
    String token = Tenant.signUpAs(api, email, password, "0.00").accessToken();
    ApiClient.Reply profile =
        api.send(
            "PATCH",
            "/me/profile",
            Optional.of(token),
            Map.of("content-type", "application/json"),
            "{\"primary_currency\":\"BRL\",\"time_zone\":\"America/Sao_Paulo\"}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(profile.status()).as(profile.body()).isEqualTo(200);
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (api.get("/currencies/EUR/rates?date=" + TO, Optional.of(token)).status() != 200) {
      assertThat(System.nanoTime()).as("rates refreshed").isLessThan(deadline);
      pause(500);
    }
    return new AnalyticsWriter(api, token, seed);
  }

  public String token() {
    return token;
  }

  /** Records one transaction dated within the window; its write answers at once. */
  public void write() {
    ApiClient.Reply created =
        api.post(
            "/me/transactions",
            Optional.of(token),
            GeneratedTransactions.next(random, LocalDate.parse(FROM), 366));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    written++;
  }

  /** Records one transaction and answers the nanoseconds until analytics counted it. */
  public long writeAndAwait() {
    write();
    long began = System.nanoTime();
    awaitAll();
    return System.nanoTime() - began;
  }

  /** Waits until analytics are fresh and count every transaction written so far. */
  public void awaitAll() {
    long deadline = System.nanoTime() + FRESH_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode report = analytics(token, "year");
      if (report.get("fresh").asBoolean() && report.get("count").asLong() == written) {
        return;
      }
      pause(20);
    }
    throw new AssertionError(
        "analytics did not reflect write " + written + " within " + FRESH_WITHIN);
  }

  /** The analytics report of this window for the token's user. */
  public JsonNode analytics(String userToken, String period) {
    ApiClient.Reply reply =
        api.get(
            "/me/analytics?from=" + FROM + "&to=" + TO + "&period=" + period,
            Optional.of(userToken));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
