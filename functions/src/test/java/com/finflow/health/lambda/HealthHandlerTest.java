package com.finflow.health.lambda;

import static com.finflow.health.FakeProbe.answering;
import static com.finflow.health.FakeProbe.failing;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.health.DependencyProbe;
import com.finflow.health.Health;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthHandlerTest {

  private static final TestContext CONTEXT = new TestContext("finflow-health");

  @Test
  void answers200WithEveryDependencyAndItsLatencyWhenAllAnswer() throws Exception {
    HealthHandler handler =
        handlerWith(
            answering("dynamodb"), answering("sqs"), answering("kms"), answering("secretsmanager"));

    APIGatewayV2HTTPResponse response =
        handler.handleRequest(SampleEvents.httpEvent("health/health.json"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getHeaders()).containsEntry("content-type", "application/json");
    JsonNode body = Json.MAPPER.readTree(response.getBody());
    assertThat(body.get("status").asText()).isEqualTo("pass");
    assertThat(body.get("checks")).hasSize(4);
    assertThat(body.get("checks").get(2).get("name").asText()).isEqualTo("kms");
    assertThat(body.get("checks").get(2).has("latency_ms")).isTrue();
  }

  @Test
  void answers503WhenOneDependencyFails() throws Exception {
    HealthHandler handler = handlerWith(answering("dynamodb"), failing("kms"));

    APIGatewayV2HTTPResponse response =
        handler.handleRequest(SampleEvents.httpEvent("health/health.json"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(503);
    JsonNode body = Json.MAPPER.readTree(response.getBody());
    assertThat(body.get("status").asText()).isEqualTo("fail");
    assertThat(body.get("checks").get(1).get("status").asText()).isEqualTo("fail");
    assertThat(body.get("checks").get(1).get("detail").asText()).isEqualTo("IllegalStateException");
    assertThat(body.get("checks").get(0).has("detail")).isFalse();
    assertThat(response.getBody()).doesNotContain("arn:aws:kms");
  }

  @Test
  void echoesTheApiGatewayRequestIdAsCorrelationIdWhenTheCallerSendsNone() {
    HealthHandler handler = handlerWith(answering("dynamodb"));

    APIGatewayV2HTTPResponse response =
        handler.handleRequest(SampleEvents.httpEvent("health/health.json"), CONTEXT);

    assertThat(response.getHeaders()).containsEntry("x-correlation-id", "CqT3vhXWDoEEJbQ=");
  }

  @Test
  void echoesTheCallersCorrelationId() {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("health/health.json");
    event.setHeaders(new HashMap<>(event.getHeaders()));
    event.getHeaders().put("x-correlation-id", "order-42.retry-1");

    APIGatewayV2HTTPResponse response =
        handlerWith(answering("dynamodb")).handleRequest(event, CONTEXT);

    assertThat(response.getHeaders()).containsEntry("x-correlation-id", "order-42.retry-1");
  }

  private static HealthHandler handlerWith(DependencyProbe... probes) {
    return new HealthHandler(new Health(List.of(probes), Duration.ofSeconds(1)));
  }
}
