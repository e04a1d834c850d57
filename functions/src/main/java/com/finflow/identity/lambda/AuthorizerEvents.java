package com.finflow.identity.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.lambda.LambdaEvents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the authorizer's event (payload 2.0) from the wire: only what the authorizer uses. The
 * runtime's event type is not built: its request context needs Joda-Time, which Lambda does not
 * provide and the artifact leaves out.
 */
final class AuthorizerEvents {

  /**
   * A well-formed ES256 access token with an all-zero signature: it parses and reaches the
   * signature check, which refuses it.
   */
  static final String REFUSED_TOKEN =
      "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9"
          + ".eyJzdWIiOiJwcmltaW5nIiwib3JnIjoicHJpbWluZyIsInJvbGUiOiJtZW1iZXIiLCJpYXQiOjAsIm5iZiI6MCwiZXhwIjoxLCJqdGkiOiJwcmltaW5nIn0"
          + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

  private AuthorizerEvents() {}

  static AuthorizerRequest read(InputStream input) throws IOException {
    JsonNode event = LambdaEvents.readTree(input);
    List<String> identitySource = new ArrayList<>();
    event.path("identitySource").forEach(source -> identitySource.add(source.asText()));
    Map<String, String> headers = new LinkedHashMap<>();
    event.path("headers").properties().forEach(h -> headers.put(h.getKey(), h.getValue().asText()));
    return AuthorizerRequest.of(
        event.path("requestContext").path("requestId").asText("none"), identitySource, headers);
  }

  /** An event as API Gateway sends it, carrying the token: what priming reads. */
  static InputStream withToken(String token) {
    String event =
        """
        {"version":"2.0","type":"REQUEST","routeArn":"arn:aws:execute-api:us-east-1:000000000000:priming/$default/GET/priming",
         "identitySource":["Bearer %s"],"headers":{"authorization":"Bearer %s"},
         "requestContext":{"requestId":"priming","time":"01/Jan/1970:00:00:00 +0000","timeEpoch":0}}
        """
            .formatted(token, token);
    return new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8));
  }
}
