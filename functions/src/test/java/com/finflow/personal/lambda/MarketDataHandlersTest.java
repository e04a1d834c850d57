package com.finflow.personal.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.CachedSecurityDirectory;
import com.finflow.personal.GetPortfolio;
import com.finflow.personal.GetPrices;
import com.finflow.personal.GetSecurity;
import com.finflow.personal.InMemoryPersonal;
import com.finflow.personal.InMemoryPriceCache;
import com.finflow.personal.InMemoryReferenceRates;
import com.finflow.personal.MarketDataFixtures;
import com.finflow.personal.SearchSecurities;
import com.finflow.personal.SecurityPrices;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketDataHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-personal");
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);

  private final InMemoryPriceCache cache = new InMemoryPriceCache();
  private final CachedSecurityDirectory directory =
      new CachedSecurityDirectory(MarketDataFixtures.source(), cache, NOW);
  private final SecurityPrices prices = new SecurityPrices(MarketDataFixtures.source(), cache, NOW);

  @Test
  void searchesFindSecuritiesByName() {
    APIGatewayV2HTTPResponse response =
        new SearchSecuritiesHandler(new SearchSecurities(directory))
            .handleRequest(SampleEvents.httpEvent("personal/search-securities.json"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getBody())
        .isEqualTo(
            "{\"securities\":[{\"symbol\":\"7203.TYO\",\"name\":\"Toyota Motor Corp\","
                + "\"type\":\"Equity\",\"region\":\"Tokyo\",\"currency\":\"JPY\"}]}");
  }

  @Test
  void aSecurityIsFoundByItsSymbolInAnyCaseAndAnUnknownOneIsNotFound() {
    GetSecurityHandler handler = new GetSecurityHandler(new GetSecurity(directory));
    APIGatewayV2HTTPEvent lower = SampleEvents.httpEvent("personal/get-security.json");
    lower.setPathParameters(Map.of("symbol", "sap.dex"));

    assertThat(body(handler.handleRequest(lower, CONTEXT)).get("currency").asText())
        .isEqualTo("EUR");
    lower.setPathParameters(Map.of("symbol", "NOPE"));
    APIGatewayV2HTTPResponse missing = handler.handleRequest(lower, CONTEXT);
    assertThat(missing.getStatusCode()).isEqualTo(404);
    assertThat(missing.getHeaders().get("content-type")).isEqualTo("application/problem+json");
  }

  @Test
  void weeklyPricesOfTheSampleRequest() {
    APIGatewayV2HTTPResponse response =
        new GetPricesHandler(new GetPrices(directory, prices, NOW))
            .handleRequest(SampleEvents.httpEvent("personal/get-prices.json"), CONTEXT);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
    JsonNode history = body(response);
    assertThat(history.get("interval").asText()).isEqualTo("1wk");
    assertThat(history.get("prices").findValuesAsText("date"))
        .containsExactly("2026-11-02", "2026-11-09");
    assertThat(history.get("present_days").asInt()).isEqualTo(10);
    assertThat(history.get("completeness").asText()).isEqualTo("1.0000");
  }

  @Test
  void everyBadPriceParameterIsNamedAtOnce() {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("personal/get-prices.json");
    event.setPathParameters(Map.of("symbol", "IBM/../x"));
    Map<String, String> query = new HashMap<>();
    query.put("from", "2026-11-13");
    query.put("to", "2026-11-02");
    query.put("interval", "1mo");
    query.put("currency", "EUR");
    event.setQueryStringParameters(query);

    APIGatewayV2HTTPResponse response =
        new GetPricesHandler(new GetPrices(directory, prices, NOW)).handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(body(response).get("errors").findValuesAsText("pointer"))
        .containsExactlyInAnyOrder(
            "/query/currency", "/path/symbol", "/query/to", "/query/interval");
  }

  @Test
  void aPortfolioWithNothingInItIsZeroAndADayAfterTodayIsRefused() {
    GetPortfolioHandler handler =
        new GetPortfolioHandler(
            new GetPortfolio(
                new InMemoryPersonal(),
                MarketDataFixtures.emptyBook(),
                directory,
                prices,
                new InMemoryReferenceRates(),
                NOW));

    APIGatewayV2HTTPResponse empty =
        handler.handleRequest(SampleEvents.httpEvent("personal/get-portfolio.json"), CONTEXT);
    assertThat(empty.getStatusCode()).isEqualTo(200);
    assertThat(body(empty).get("totals").get("net_worth").asText()).isEqualTo("0.00");
    assertThat(body(empty).get("rates_published").isNull()).isTrue();

    APIGatewayV2HTTPEvent future = SampleEvents.httpEvent("personal/get-portfolio.json");
    future.setQueryStringParameters(Map.of("at", "2026-11-22"));
    APIGatewayV2HTTPResponse refused = handler.handleRequest(future, CONTEXT);
    assertThat(refused.getStatusCode()).isEqualTo(422);
    assertThat(body(refused).get("errors").findValuesAsText("pointer"))
        .containsExactly("/query/at");
  }

  private static JsonNode body(APIGatewayV2HTTPResponse response) {
    try {
      return Json.MAPPER.readTree(response.getBody());
    } catch (Exception e) {
      throw new AssertionError(response.getBody(), e);
    }
  }
}
