package com.finflow.identity.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.lambda.LambdaEvents;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the authorizer's event (payload 2.0) from the wire: only what the authorizer uses. Its
 * request context declares a Joda-Time getter, which a generic reader would have to load.
 */
final class AuthorizerEvents {

  /**
   * A well-formed ES256 access token with an all-zero signature: it parses and reaches the
   * signature check, which refuses it.
   */
  static final String PRIMING_TOKEN =
      "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9"
          + ".eyJzdWIiOiJwcmltaW5nIiwib3JnIjoicHJpbWluZyIsInJvbGUiOiJtZW1iZXIiLCJpYXQiOjAsIm5iZiI6MCwiZXhwIjoxLCJqdGkiOiJwcmltaW5nIn0"
          + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

  private AuthorizerEvents() {}

  static APIGatewayV2CustomAuthorizerEvent read(InputStream input) throws IOException {
    JsonNode event = LambdaEvents.readTree(input);
    List<String> identitySource = new ArrayList<>();
    event.path("identitySource").forEach(source -> identitySource.add(source.asText()));
    Map<String, String> headers = new LinkedHashMap<>();
    event.path("headers").properties().forEach(h -> headers.put(h.getKey(), h.getValue().asText()));
    APIGatewayV2CustomAuthorizerEvent.RequestContext context =
        APIGatewayV2CustomAuthorizerEvent.RequestContext.builder()
            .withRequestId(event.path("requestContext").path("requestId").asText("none"))
            .build();
    return APIGatewayV2CustomAuthorizerEvent.builder()
        .withRouteArn(event.path("routeArn").asText(null))
        .withIdentitySource(identitySource)
        .withHeaders(headers)
        .withRequestContext(context)
        .build();
  }
}
