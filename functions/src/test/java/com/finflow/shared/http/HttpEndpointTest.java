package com.finflow.shared.http;

import com.finflow.shared.failure.FieldError;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HttpEndpointTest {

  private static final TestContext CONTEXT = new TestContext("finflow-test");

  @Test
  void reportsEveryInvalidFieldAsProblemJsonWithPointers() throws Exception {
    Rejection rejection = Rejection.invalid(List.of(
        new FieldError("/credit_transfers/17/counterparty_iban", "is not a valid IBAN"),
        new FieldError("/credit_transfers/3/amount", "must be greater than zero")));

    APIGatewayV2HTTPResponse response = HttpEndpoint.serve(event(), CONTEXT, request -> { throw rejection; });

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(response.getHeaders()).containsEntry("content-type", "application/problem+json");
    JsonNode problem = Json.MAPPER.readTree(response.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:invalid-request");
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("detail").asText()).isEqualTo("2 fields are invalid");
    assertThat(problem.get("instance").asText()).isEqualTo("/health");
    assertThat(problem.get("correlation_id").asText()).isEqualTo("CqT3vhXWDoEEJbQ=");
    assertThat(problem.get("errors").findValuesAsText("pointer"))
        .containsExactly("/credit_transfers/17/counterparty_iban", "/credit_transfers/3/amount");
  }

  @Test
  void addsTheFactsOfARejectionAsProblemMembers() throws Exception {
    Rejection rejection = new Rejection(Rejection.Kind.INVALID_REQUEST, "insufficient funds",
        List.of(), Map.of("available", "10.00", "requested", "25.00")).typed("insufficient-funds");

    APIGatewayV2HTTPResponse response = HttpEndpoint.serve(event(), CONTEXT, request -> { throw rejection; });

    JsonNode problem = Json.MAPPER.readTree(response.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:insufficient-funds");
    assertThat(problem.get("title").asText()).isEqualTo("Insufficient funds");
    assertThat(problem.get("available").asText()).isEqualTo("10.00");
    assertThat(problem.get("requested").asText()).isEqualTo("25.00");
    assertThat(problem.has("facts")).isFalse();
    assertThat(problem.has("errors")).isFalse();
  }

  @Test
  void mapsEachKindOfRejectionToItsStatus() {
    Map<Rejection.Kind, Integer> expected = Map.of(
        Rejection.Kind.MALFORMED_REQUEST, 400, Rejection.Kind.UNAUTHENTICATED, 401,
        Rejection.Kind.FORBIDDEN, 403, Rejection.Kind.NOT_FOUND, 404, Rejection.Kind.CONFLICT, 409,
        Rejection.Kind.INVALID_REQUEST, 422, Rejection.Kind.RATE_LIMITED, 429,
        Rejection.Kind.UPSTREAM_FAILED, 502, Rejection.Kind.UNAVAILABLE, 503, Rejection.Kind.UPSTREAM_TIMEOUT, 504);

    assertThat(expected).hasSameSizeAs(Rejection.Kind.values());
    expected.forEach((kind, status) -> {
      APIGatewayV2HTTPResponse response =
          HttpEndpoint.serve(event(), CONTEXT, request -> { throw new Rejection(kind, "because"); });
      assertThat(response.getStatusCode()).as(kind.name()).isEqualTo(status);
    });
  }

  @Test
  void hidesTheMessageOfAnUnexpectedFailure() throws Exception {
    APIGatewayV2HTTPResponse response = HttpEndpoint.serve(event(), CONTEXT, request -> {
      throw new IllegalStateException("table finflow-secret-name is missing");
    });

    assertThat(response.getStatusCode()).isEqualTo(500);
    assertThat(response.getBody()).doesNotContain("finflow-secret-name");
    assertThat(Json.MAPPER.readTree(response.getBody()).get("correlation_id").asText()).isEqualTo("CqT3vhXWDoEEJbQ=");
  }

  @Test
  void ignoresACorrelationIdThatCouldForgeLogLines() {
    APIGatewayV2HTTPEvent event = event();
    event.setHeaders(new HashMap<>(event.getHeaders()));
    event.getHeaders().put("x-correlation-id", "abc\n{\"level\":\"INFO\"}");

    APIGatewayV2HTTPResponse response = HttpEndpoint.serve(event, CONTEXT, request -> HttpResult.json(200, Map.of()));

    assertThat(response.getHeaders()).containsEntry("x-correlation-id", "CqT3vhXWDoEEJbQ=");
  }

  private static APIGatewayV2HTTPEvent event() {
    return SampleEvents.httpEvent("health/get-health.json");
  }
}
