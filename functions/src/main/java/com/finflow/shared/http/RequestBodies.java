package com.finflow.shared.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

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
    } catch (StreamConstraintsException e) {
      throw new MalformedRequest(
          "the request body exceeds a limit of the JSON reader: " + limitOf(e));
    } catch (JsonProcessingException e) {
      throw new MalformedRequest("the request body is not valid JSON" + whereIn(e.getLocation()));
    }
  }

  // Such as "document nesting depth (1001) exceeds the maximum allowed (1000)", without the Jackson
  // method name.
  private static String limitOf(StreamConstraintsException e) {
    String limit = e.getOriginalMessage().replaceAll(", from `[^`]*`", "");
    return limit.isEmpty()
        ? limit
        : limit.substring(0, 1).toLowerCase(Locale.ROOT) + limit.substring(1);
  }

  private static String whereIn(JsonLocation location) {
    return location == null
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
