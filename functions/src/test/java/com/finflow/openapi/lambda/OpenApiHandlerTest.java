package com.finflow.openapi.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import org.junit.jupiter.api.Test;

class OpenApiHandlerTest {

  @Test
  void servesTheOpenApi31DocumentOfTheWholeApi() throws Exception {
    APIGatewayV2HTTPResponse response =
        new OpenApiHandler()
            .handleRequest(
                SampleEvents.httpEvent("openapi/open-api.json"),
                new TestContext("finflow-openapi"));

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getHeaders()).containsEntry("content-type", "application/json");
    JsonNode document = Json.MAPPER.readTree(response.getBody());
    assertThat(document.get("openapi").asText()).startsWith("3.1.");
    assertThat(document.get("paths").has("/health")).isTrue();
    assertThat(document.get("components").get("schemas").has("Problem")).isTrue();
  }
}
