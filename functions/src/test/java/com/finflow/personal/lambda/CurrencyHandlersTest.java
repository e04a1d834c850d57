package com.finflow.personal.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.DailyRates;
import com.finflow.personal.GetRates;
import com.finflow.personal.InMemoryReferenceRates;
import com.finflow.personal.ListCurrencies;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurrencyHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-personal");
  private static final Clock MARCH_6 =
      Clock.fixed(Instant.parse("2017-03-06T09:00:00Z"), ZoneOffset.UTC);

  private final InMemoryReferenceRates kept = new InMemoryReferenceRates();
  private final GetRatesHandler rates = new GetRatesHandler(new GetRates(kept), MARCH_6);

  CurrencyHandlersTest() {
    kept.saveAll(
        List.of(
            DailyRates.of(
                LocalDate.of(2017, 3, 3),
                Map.of(
                    "USD", new BigDecimal("1.0565"),
                    "JPY", new BigDecimal("120.83"),
                    "GBP", new BigDecimal("0.86355")))));
  }

  @Test
  void listsEveryCurrencyWithItsMinorUnits() {
    APIGatewayV2HTTPResponse response =
        new ListCurrenciesHandler(new ListCurrencies())
            .handleRequest(SampleEvents.httpEvent("personal/list-currencies.json"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(200);
    JsonNode currencies = body(response.getBody()).get("currencies");
    assertThat(currencies).hasSize(31);
    assertThat(currencies.findValuesAsText("code")).contains("EUR", "USD", "JPY", "BRL");
    assertThat(currencies.toString())
        .contains("{\"code\":\"JPY\",\"minor_units\":0,\"name\":\"Japanese yen\"}");
  }

  @Test
  void aSaturdayGetsFridaysPublicationThroughTheEuro() {
    APIGatewayV2HTTPResponse response =
        rates.handleRequest(SampleEvents.httpEvent("personal/get-rates.json"), CONTEXT);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
    assertThat(response.getBody())
        .isEqualTo(
            "{\"base\":\"USD\",\"date\":\"2017-03-04\",\"published\":\"2017-03-03\",\"rates\":"
                + "{\"EUR\":\"0.9465215334\",\"GBP\":\"0.8173686701\",\"JPY\":\"114.3681969\"}}");
  }

  @Test
  void withoutADateTheRatesAreTodaysOrTheLastBefore() {
    APIGatewayV2HTTPEvent today = withQuery(Map.of());

    JsonNode answer = body(rates.handleRequest(today, CONTEXT).getBody());

    assertThat(answer.get("date").asText()).isEqualTo("2017-03-06");
    assertThat(answer.get("published").asText()).isEqualTo("2017-03-03");
  }

  @Test
  void aMalformedCodeOrDateOrAnUnknownParameterIs422NamingEach() {
    APIGatewayV2HTTPEvent bad = withQuery(Map.of("date", "2017-02-30", "at", "noon"));
    bad.setPathParameters(Map.of("code", "usd"));

    APIGatewayV2HTTPResponse response = rates.handleRequest(bad, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(body(response.getBody()).get("errors").findValuesAsText("pointer"))
        .containsExactlyInAnyOrder("/path/code", "/query/date", "/query/at");
  }

  @Test
  void anUnknownCurrencyOrADayBeforeAnyPublicationIs404() {
    APIGatewayV2HTTPEvent unknown = withQuery(Map.of());
    unknown.setPathParameters(Map.of("code", "XAU"));
    APIGatewayV2HTTPEvent early = withQuery(Map.of("date", "2017-03-02"));

    assertThat(rates.handleRequest(unknown, CONTEXT).getStatusCode()).isEqualTo(404);
    APIGatewayV2HTTPResponse none = rates.handleRequest(early, CONTEXT);
    assertThat(none.getStatusCode()).isEqualTo(404);
    assertThat(none.getBody())
        .contains("no reference rate of USD was published on or before 2017-03-02");
  }

  private static JsonNode body(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static APIGatewayV2HTTPEvent withQuery(Map<String, String> query) {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("personal/get-rates.json");
    event.setQueryStringParameters(query.isEmpty() ? null : new HashMap<>(query));
    return event;
  }
}
