package com.finflow.openapi.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.TestContext;
import org.junit.jupiter.api.Test;

class UnmatchedRouteHandlerTest {

  private static final UnmatchedRouteHandler HANDLER = new UnmatchedRouteHandler();

  @Test
  void aDocumentedPathAskedWithAnotherMethodIs405ListingItsMethods() throws Exception {
    APIGatewayV2HTTPResponse response = HANDLER.handleRequest(request("PUT", "/users/me"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(405);
    assertThat(response.getHeaders()).containsEntry("allow", "GET");
    JsonNode problem = Json.MAPPER.readTree(response.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:method-not-allowed");
    assertThat(problem.get("allow")).hasSize(1);
  }

  @Test
  void aPathWithVariablesMatchesTheDocumentedTemplate() {
    APIGatewayV2HTTPResponse response =
        HANDLER.handleRequest(
            request("DELETE", "/transfers/bulk/0b6c6a52-3a3f-4c64-9a57-2f5d0e6b7c11"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(405);
    assertThat(response.getHeaders()).containsEntry("allow", "GET");
  }

  @Test
  void optionsOfADocumentedPathIs204WithItsMethods() {
    APIGatewayV2HTTPResponse response =
        HANDLER.handleRequest(request("OPTIONS", "/accounts"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(204);
    assertThat(response.getHeaders()).containsEntry("allow", "POST");
  }

  @Test
  void aPathTheDocumentDoesNotHaveIs404() throws Exception {
    APIGatewayV2HTTPResponse response =
        HANDLER.handleRequest(request("GET", "/accounts/FR76/../../admin"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(404);
    assertThat(response.getHeaders()).doesNotContainKey("allow");
    assertThat(Json.MAPPER.readTree(response.getBody()).get("type").asText())
        .isEqualTo("urn:finflow:problem:not-found");
  }

  private static final TestContext CONTEXT = new TestContext("finflow-unmatched-route");

  private static APIGatewayV2HTTPEvent request(String method, String path) {
    APIGatewayV2HTTPEvent.RequestContext.Http http =
        new APIGatewayV2HTTPEvent.RequestContext.Http();
    http.setMethod(method);
    http.setPath(path);
    APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
    context.setHttp(http);
    context.setRequestId("req-1");
    APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
    event.setRouteKey("$default");
    event.setRawPath(path);
    event.setRequestContext(context);
    return event;
  }
}
