package com.finflow.personal.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.GetAnalytics;
import com.finflow.personal.InMemoryAnalytics;
import com.finflow.personal.InMemoryPersonal;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GetAnalyticsHandlerTest {

  private static final TestContext CONTEXT = new TestContext("finflow-personal");

  private final InMemoryAnalytics analytics = new InMemoryAnalytics();
  private final GetAnalyticsHandler handler =
      new GetAnalyticsHandler(
          new GetAnalytics(
              new InMemoryPersonal(), analytics, analytics, analytics, Clock.systemUTC()));

  @Test
  void aUserWithoutTransactionsGetsZeroCountsAndNullsForEachPeriod() throws IOException {
    APIGatewayV2HTTPResponse response =
        handler.handleRequest(SampleEvents.httpEvent("personal/get-analytics.json"), CONTEXT);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
    JsonNode body = Json.MAPPER.readTree(response.getBody());
    assertThat(body.get("currency").asText()).isEqualTo("EUR");
    assertThat(body.get("count").asLong()).isZero();
    assertThat(body.get("average").isNull()).isTrue();
    assertThat(body.get("as_of").isNull()).isTrue();
    assertThat(body.get("fresh").asBoolean()).isTrue();
    assertThat(body.get("periods").findValuesAsText("start"))
        .containsExactly("2024-01-01", "2024-02-01", "2024-03-01");
  }

  @Test
  void everyBadParameterIsNamedAndAWindowTheWrongWayRoundIsRefused() throws IOException {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("personal/get-analytics.json");
    event.setQueryStringParameters(
        new HashMap<>(
            Map.of(
                "from",
                "2024-03-31",
                "to",
                "2024-01-01",
                "period",
                "quarter",
                "account",
                "a b",
                "zone",
                "UTC")));

    APIGatewayV2HTTPResponse response = handler.handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("errors").findValuesAsText("pointer"))
        .containsExactlyInAnyOrder("/query/to", "/query/period", "/query/account", "/query/zone");
  }

  @Test
  void missingDatesAreNamedToo() throws IOException {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("personal/get-analytics.json");
    event.setQueryStringParameters(new HashMap<>(Map.of("period", "day")));

    APIGatewayV2HTTPResponse response = handler.handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("errors").findValuesAsText("pointer"))
        .containsExactlyInAnyOrder("/query/from", "/query/to");
  }
}
