package com.finflow.localstack.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.flow.ApiClient;
import com.finflow.localstack.flow.RunningFinflow;
import com.finflow.localstack.flow.Tenant;
import com.finflow.localstack.prices.SandboxBar;
import com.finflow.localstack.prices.SandboxPrices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Securities, prices and the portfolio through the real stack, priced by the market-data sandbox in
 * Alpha Vantage's own format through the real adapter.
 */
@ExtendWith(RunningFinflow.class)
class PortfolioFlowTest {

  /** Holdings in four currencies: symbol, quantity, cost basis, cost currency. */
  private static final List<String[]> HOLDINGS =
      List.of(
          new String[] {"IBM", "12.5", "1500.00", "USD"},
          new String[] {"SAP.DEX", "40", "4200.00", "EUR"},
          new String[] {"PETR4.SAO", "300", "9000.00", "BRL"},
          new String[] {"7203.TYO", "100", "250000", "JPY"});

  @Test
  void aHundredConcurrentValuationsFetchEachSymbolsPricesOnceAndEqualAPlainComputation(
      LocalStackRuntime runtime) throws Exception {
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    String token = Tenant.signUp(api, "0.00").accessToken();
    // A Wednesday nobody else values: its month is in no cache yet.
    LocalDate at = LocalDate.of(2025, 6, 18);
    String account =
        created(
            api.post(
                "/me/accounts",
                Optional.of(token),
                "{\"name\":\"Broker\",\"kind\":\"investment\",\"currency\":\"EUR\"}"));
    assertThat(
            api.put(
                    "/me/accounts/" + account + "/values/" + at.minusDays(1),
                    Optional.of(token),
                    "{\"balance\":\"25000.00\",\"cash_balance\":\"1234.56\"}")
                .status())
        .isIn(200, 201);
    Map<String, String> holdingIds = new HashMap<>();
    for (String[] holding : HOLDINGS) {
      holdingIds.put(
          holding[0],
          created(
              api.post(
                  "/me/holdings",
                  Optional.of(token),
                  "{\"account_id\":\""
                      + account
                      + "\",\"symbol\":\""
                      + holding[0]
                      + "\",\"quantity\":\""
                      + holding[1]
                      + "\",\"cost_basis\":\""
                      + holding[2]
                      + "\",\"cost_currency\":\""
                      + holding[3]
                      + "\"}")));
    }
    Map<String, Long> before = runtime.prices().calls();
    runtime.prices().faults(0, 0, Duration.ofMillis(300), 1);
    List<ApiClient.Reply> replies = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(100);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ApiClient.Reply>> pending = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        pending.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.get("/me/portfolio?at=" + at, Optional.of(token));
                }));
      }
      start.countDown();
      for (Future<ApiClient.Reply> reply : pending) {
        replies.add(reply.get());
      }
    } finally {
      pool.shutdownNow();
      runtime.prices().faults(0, 0, Duration.ZERO, 1);
    }
    Map<String, Long> after = runtime.prices().calls();

    for (ApiClient.Reply reply : replies) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.json()).isEqualTo(replies.getFirst().json());
    }
    for (String[] holding : HOLDINGS) {
      String call = "TIME_SERIES_DAILY " + holding[0];
      long fetched = after.getOrDefault(call, 0L) - before.getOrDefault(call, 0L);
      System.out.printf(
          "single flight: %s fetched %d time(s) for 100 valuations%n", holding[0], fetched);
      assertThat(fetched).as(call).isEqualTo(1);
    }

    JsonNode portfolio = replies.getFirst().json();
    JsonNode broker = portfolio.get("accounts").get(0);
    BigDecimal holdingsValue = BigDecimal.ZERO.setScale(2);
    BigDecimal cost = BigDecimal.ZERO.setScale(2);
    for (JsonNode line : broker.get("holdings")) {
      String[] holding =
          HOLDINGS.stream()
              .filter(h -> h[0].equals(line.get("symbol").asText()))
              .findFirst()
              .orElseThrow();
      assertThat(line.get("holding_id").asText()).isEqualTo(holdingIds.get(holding[0]));
      SandboxBar close = lastClose(holding[0], at);
      String currency = SandboxPrices.find(holding[0]).orElseThrow().currency();
      BigDecimal value =
          new BigDecimal(holding[1])
              .multiply(close.close())
              .multiply(toEuro(api, token, currency, at))
              .setScale(2, RoundingMode.HALF_EVEN);
      BigDecimal costValue =
          new BigDecimal(holding[2])
              .multiply(toEuro(api, token, holding[3], at))
              .setScale(2, RoundingMode.HALF_EVEN);
      assertThat(line.get("close").get("date").asText()).isEqualTo(close.date().toString());
      assertThat(new BigDecimal(line.get("close").get("price").asText()))
          .isEqualByComparingTo(close.close());
      assertThat(line.get("value").asText()).as(holding[0]).isEqualTo(value.toPlainString());
      assertThat(line.get("cost").asText()).as(holding[0]).isEqualTo(costValue.toPlainString());
      assertThat(line.get("gain").asText())
          .as(holding[0])
          .isEqualTo(value.subtract(costValue).toPlainString());
      holdingsValue = holdingsValue.add(value);
      cost = cost.add(costValue);
    }
    assertThat(broker.get("holdings")).hasSize(HOLDINGS.size());
    assertThat(broker.get("cash").asText()).isEqualTo("1234.56");
    assertThat(portfolio.get("totals").get("holdings_value").asText())
        .isEqualTo(holdingsValue.toPlainString());
    assertThat(portfolio.get("totals").get("cost").asText()).isEqualTo(cost.toPlainString());
    assertThat(portfolio.get("totals").get("net_worth").asText())
        .isEqualTo(holdingsValue.add(new BigDecimal("1234.56")).toPlainString());
    assertThat(portfolio.get("unvalued")).isEmpty();
  }

  @Test
  void pricesAreTheSandboxFiguresAndAFailingSourceAnswers502UntilItRecovers(
      LocalStackRuntime runtime) {
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    String token = Tenant.signUp(api, "0.00").accessToken();
    String path = "/securities/sie.dex/prices?from=2024-02-01&to=2024-02-29";

    runtime.prices().failShare(1.0, 3);
    ApiClient.Reply failed;
    try {
      failed = api.get(path, Optional.of(token));
    } finally {
      runtime.prices().failShare(0.0, 3);
    }
    ApiClient.Reply reply = api.get(path, Optional.of(token));

    assertThat(failed.status()).as(failed.body()).isEqualTo(502);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode history = reply.json();
    assertThat(history.get("symbol").asText()).isEqualTo("SIE.DEX");
    assertThat(history.get("currency").asText()).isEqualTo("EUR");
    List<LocalDate> days =
        SandboxPrices.tradingDays(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
    assertThat(history.get("prices")).hasSize(days.size());
    for (int i = 0; i < days.size(); i++) {
      SandboxBar bar = SandboxPrices.bar("SIE.DEX", days.get(i)).orElseThrow();
      JsonNode line = history.get("prices").get(i);
      assertThat(line.get("date").asText()).isEqualTo(bar.date().toString());
      assertThat(line.get("open").asText()).isEqualTo(bar.open().toPlainString());
      assertThat(line.get("close").asText()).isEqualTo(bar.close().toPlainString());
      assertThat(line.get("volume").asLong()).isEqualTo(bar.volume());
    }
    // February 2024 has 21 weekdays, all trading days in the sandbox.
    assertThat(history.get("expected_days").asInt()).isEqualTo(21);
    assertThat(history.get("completeness").asText()).isEqualTo("1.0000");

    ApiClient.Reply found = api.get("/securities?query=toyota", Optional.of(token));
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().get("securities").get(0).get("symbol").asText()).isEqualTo("7203.TYO");
    assertThat(api.get("/securities/NOSUCH", Optional.of(token)).status()).isEqualTo(404);
  }

  private static SandboxBar lastClose(String symbol, LocalDate at) {
    for (LocalDate day = at; ; day = day.minusDays(1)) {
      Optional<SandboxBar> bar = SandboxPrices.bar(symbol, day);
      if (bar.isPresent()) {
        return bar.get();
      }
    }
  }

  /** One unit of the currency in euros, as the API publishes it for the day. */
  private static BigDecimal toEuro(ApiClient api, String token, String currency, LocalDate day) {
    if (currency.equals("EUR")) {
      return BigDecimal.ONE;
    }
    ApiClient.Reply rates =
        api.get("/currencies/" + currency + "/rates?date=" + day, Optional.of(token));
    assertThat(rates.status()).as(rates.body()).isEqualTo(200);
    return new BigDecimal(rates.json().get("rates").get("EUR").asText());
  }

  private static String created(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asText();
  }
}
