package com.finflow.shared.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import com.finflow.shared.failure.Category;
import com.finflow.shared.failure.Failure;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.failure.RateLimited;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpEndpointTest {

  private static final TestContext CONTEXT = new TestContext("finflow-test");

  @Test
  void reportsEveryInvalidFieldAsProblemJsonWithPointers() throws Exception {
    InvalidInput invalid =
        new InvalidInput(
            List.of(
                new FieldError("/credit_transfers/17/counterparty_iban", "is not a valid IBAN"),
                new FieldError("/credit_transfers/3/amount", "must be greater than zero")));

    APIGatewayV2HTTPResponse response =
        HttpEndpoint.serve(
            event(),
            CONTEXT,
            request -> {
              throw invalid;
            });

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
  void addsTheFactsOfAFailureAsProblemMembersUnderItsOwnProblemType() throws Exception {
    APIGatewayV2HTTPResponse response =
        HttpEndpoint.serve(
            event(),
            CONTEXT,
            request -> {
              throw new ShortOfFunds("10.00", "25.00");
            });

    JsonNode problem = Json.MAPPER.readTree(response.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:insufficient-funds");
    assertThat(problem.get("title").asText()).isEqualTo("Insufficient funds");
    assertThat(problem.get("available").asText()).isEqualTo("10.00");
    assertThat(problem.get("requested").asText()).isEqualTo("25.00");
    assertThat(problem.has("facts")).isFalse();
    assertThat(problem.has("errors")).isFalse();
  }

  @Test
  void mapsEachCategoryOfFailureToItsStatus() {
    Map<Category, Integer> expected =
        Map.ofEntries(
            Map.entry(Category.MALFORMED_REQUEST, 400),
            Map.entry(Category.UNSUPPORTED_MEDIA_TYPE, 415),
            Map.entry(Category.PAYLOAD_TOO_LARGE, 413),
            Map.entry(Category.UNAUTHENTICATED, 401),
            Map.entry(Category.FORBIDDEN, 403),
            Map.entry(Category.NOT_FOUND, 404),
            Map.entry(Category.METHOD_NOT_ALLOWED, 405),
            Map.entry(Category.CONFLICT, 409),
            Map.entry(Category.INVALID_REQUEST, 422),
            Map.entry(Category.RATE_LIMITED, 429),
            Map.entry(Category.UPSTREAM_FAILED, 502),
            Map.entry(Category.UNAVAILABLE, 503),
            Map.entry(Category.UPSTREAM_TIMEOUT, 504));

    assertThat(expected).hasSameSizeAs(Category.values());
    Arrays.stream(Category.values())
        .forEach(
            category -> {
              APIGatewayV2HTTPResponse response =
                  HttpEndpoint.serve(
                      event(),
                      CONTEXT,
                      request -> {
                        throw new AnyFailure(category);
                      });
              assertThat(response.getStatusCode())
                  .as(category.name())
                  .isEqualTo(expected.get(category));
            });
  }

  @Test
  void tellsARateLimitedCallerWhenToRetry() throws Exception {
    APIGatewayV2HTTPResponse response =
        HttpEndpoint.serve(
            event(),
            CONTEXT,
            request -> {
              throw new RateLimited("slow down", Duration.ofSeconds(42));
            });

    assertThat(response.getStatusCode()).isEqualTo(429);
    assertThat(response.getHeaders()).containsEntry("retry-after", "42");
    assertThat(Json.MAPPER.readTree(response.getBody()).get("retry_after").asLong()).isEqualTo(42);
  }

  @Test
  void answersAnUnreadableBodyWith400() throws Exception {
    APIGatewayV2HTTPEvent event = event();
    event.setHeaders(Map.of("content-type", "application/json"));
    event.setBody("{\"email\": ");

    APIGatewayV2HTTPResponse response =
        HttpEndpoint.serve(
            event,
            CONTEXT,
            request -> {
              RequestBodies.objectOf(request);
              return HttpResult.json(200, Map.of());
            });

    assertThat(response.getStatusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("type").asText())
        .isEqualTo("urn:finflow:problem:malformed-request");
  }

  @Test
  void hidesTheMessageOfAnUnexpectedFailure() throws Exception {
    APIGatewayV2HTTPResponse response =
        HttpEndpoint.serve(
            event(),
            CONTEXT,
            request -> {
              throw new IllegalStateException("table finflow-secret-name is missing");
            });

    assertThat(response.getStatusCode()).isEqualTo(500);
    assertThat(response.getBody()).doesNotContain("finflow-secret-name");
    assertThat(Json.MAPPER.readTree(response.getBody()).get("correlation_id").asText())
        .isEqualTo("CqT3vhXWDoEEJbQ=");
  }

  @Test
  void refusesACorrelationIdThatCouldForgeLogLinesAndAnswersWithTheRequestId() throws Exception {
    APIGatewayV2HTTPEvent event = event();
    event.setHeaders(new HashMap<>(event.getHeaders()));
    event.getHeaders().put("x-correlation-id", "abc\n{\"level\":\"INFO\"}");
    List<String> served = new ArrayList<>();

    APIGatewayV2HTTPResponse response =
        HttpEndpoint.serve(
            event,
            CONTEXT,
            request -> {
              served.add("action ran");
              return HttpResult.json(200, Map.of());
            });

    assertThat(served).isEmpty();
    assertThat(response.getStatusCode()).isEqualTo(400);
    assertThat(response.getHeaders()).containsEntry("x-correlation-id", "CqT3vhXWDoEEJbQ=");
    JsonNode problem = Json.MAPPER.readTree(response.getBody());
    assertThat(problem.get("errors").get(0).get("pointer").asText())
        .isEqualTo("/headers/x-correlation-id");
  }

  @Test
  void echoesAnAcceptableCorrelationId() {
    APIGatewayV2HTTPEvent event = event();
    event.setHeaders(new HashMap<>(event.getHeaders()));
    event.getHeaders().put("X-Correlation-Id", "batch-7:retry.2");

    APIGatewayV2HTTPResponse response =
        HttpEndpoint.serve(event, CONTEXT, request -> HttpResult.json(200, Map.of()));

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getHeaders()).containsEntry("x-correlation-id", "batch-7:retry.2");
  }

  @Test
  void refusesAnEmptyOrOverlongCorrelationId() {
    for (String id : List.of("", "a".repeat(129))) {
      APIGatewayV2HTTPEvent event = event();
      event.setHeaders(new HashMap<>(event.getHeaders()));
      event.getHeaders().put("x-correlation-id", id);

      APIGatewayV2HTTPResponse response =
          HttpEndpoint.serve(event, CONTEXT, request -> HttpResult.json(200, Map.of()));

      assertThat(response.getStatusCode()).as(id).isEqualTo(400);
    }
  }

  private static APIGatewayV2HTTPEvent event() {
    return SampleEvents.httpEvent("health/health.json");
  }

  /** A failure of any category, with the category's own problem type. */
  private static final class AnyFailure extends Failure {
    AnyFailure(Category category) {
      super(category, "because");
    }
  }

  /**
   * A failure with a problem type and facts of its own, like a feature's {@code InsufficientFunds}.
   */
  private static final class ShortOfFunds extends InvalidInput {
    ShortOfFunds(String available, String requested) {
      super(
          "insufficient-funds",
          "insufficient funds",
          Map.of("available", available, "requested", requested));
    }
  }
}
