package com.finflow.localstack.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.flow.ApiClient;
import com.finflow.localstack.flow.RunningFinflow;
import com.finflow.localstack.flow.Tenant;
import com.finflow.localstack.fx.SandboxRates;
import com.finflow.localstack.lambda.FunctionDefinition;
import com.finflow.localstack.lambda.InvocationResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Currencies and reference rates through the real stack: the refresher reads the sandbox ECB's
 * history at start, and the rates the API publishes for any base and day equal a computation in
 * this test from the sandbox's own figures (the last publication on or before the day, through the
 * euro, ten significant digits).
 */
@ExtendWith(RunningFinflow.class)
class CurrenciesFlowTest {

  private static final Duration REFRESHED_WITHIN = Duration.ofMinutes(2);
  private static final MathContext TEN_DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

  @Test
  void theRatesOfAnyBaseAndDayAreTheSandboxPublicationsThroughTheEuro(LocalStackRuntime runtime) {
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    String token = Tenant.signUp(api, "0.00").accessToken();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    awaitRates(api, token, today);

    JsonNode currencies = api.get("/currencies", Optional.of(token)).json().get("currencies");
    assertThat(currencies).hasSize(31);

    // A working day, a Saturday, Boxing Day 2023 (a Tuesday) and New Year's Day 2024 (a Monday).
    for (LocalDate day :
        new LocalDate[] {
          LocalDate.of(2023, 6, 14),
          LocalDate.of(2023, 6, 17),
          LocalDate.of(2023, 12, 26),
          LocalDate.of(2024, 1, 1)
        }) {
      for (String base : new String[] {"EUR", "GBP", "JPY"}) {
        ApiClient.Reply reply =
            api.get("/currencies/" + base + "/rates?date=" + day, Optional.of(token));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        LocalDate published = lastPublication(day);
        assertThat(answer.get("published").asText())
            .as(base + " " + day)
            .isEqualTo(published.toString());
        Map<String, String> rates = new TreeMap<>();
        answer
            .get("rates")
            .properties()
            .forEach(rate -> rates.put(rate.getKey(), rate.getValue().asText()));
        assertThat(rates).as(base + " " + day).isEqualTo(expected(base, published));
      }
    }
  }

  @Test
  void aFailingSourceFailsTheRefreshAndTheNextOneCatchesUp(LocalStackRuntime runtime) {
    FunctionDefinition refresher =
        runtime.lambda().functions().stream()
            .filter(function -> function.handler().contains("RefreshRatesHandler"))
            .findFirst()
            .orElseThrow();
    runtime.fx().failShare(1.0, 7);
    try {
      assertThat(runtime.lambda().invoke(refresher.name(), "{}"))
          .isInstanceOf(InvocationResult.Failure.class);
    } finally {
      runtime.fx().failShare(0.0, 7);
    }
    assertThat(runtime.lambda().invoke(refresher.name(), "{}"))
        .isInstanceOf(InvocationResult.Success.class);
  }

  /** What the API should publish: the euro's figures, or a division through the euro. */
  private static Map<String, String> expected(String base, LocalDate published) {
    Map<String, BigDecimal> perEuro = new TreeMap<>(SandboxRates.on(published).orElseThrow());
    perEuro.put("EUR", BigDecimal.ONE);
    Map<String, String> rates = new TreeMap<>();
    perEuro.forEach(
        (code, rate) -> {
          if (!code.equals(base)) {
            BigDecimal value =
                base.equals("EUR")
                    ? rate
                    : rate.divide(perEuro.get(base), TEN_DIGITS).stripTrailingZeros();
            rates.put(code, value.toPlainString());
          }
        });
    return rates;
  }

  private static LocalDate lastPublication(LocalDate day) {
    LocalDate published = day;
    while (!SandboxRates.isPublicationDay(published)) {
      published = published.minusDays(1);
    }
    return published;
  }

  private static void awaitRates(ApiClient api, String token, LocalDate today) {
    Instant deadline = Instant.now().plus(REFRESHED_WITHIN);
    while (Instant.now().isBefore(deadline)) {
      ApiClient.Reply reply = api.get("/currencies/EUR/rates?date=" + today, Optional.of(token));
      if (reply.status() == 200
          && reply.json().get("published").asText().equals(lastPublication(today).toString())) {
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the reference rates were not refreshed within " + REFRESHED_WITHIN);
  }
}
