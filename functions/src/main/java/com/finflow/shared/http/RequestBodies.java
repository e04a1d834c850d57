package com.finflow.shared.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads a request's JSON body; anything that is not a JSON object is a malformed request. */
public final class RequestBodies {

  private RequestBodies() {}

  public static JsonNode objectOf(APIGatewayV2HTTPEvent event) {
    String body = event.getBody();
    if (body == null || body.isBlank()) {
      throw new MalformedRequest("the request needs a JSON object body");
    }
    if (event.getIsBase64Encoded()) {
      body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
    }
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      if (node == null || !node.isObject()) {
        throw new MalformedRequest("the request body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new Rejection(Rejection.Kind.MALFORMED_REQUEST,
          "the request body is not valid JSON (line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr() + ")");
    }
  }
}
