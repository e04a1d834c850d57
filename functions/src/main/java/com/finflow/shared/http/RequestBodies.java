package com.finflow.shared.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one reader of request bodies, for every route that takes one. In order: the body must be
 * declared {@code application/json} (else 415), fit the route's limit in bytes (else 413), and be
 * UTF-8 holding one JSON object with no member given twice, within the reader's limits (else 400).
 * Members a parser does not read are refused later, by {@link BodyFields} (422).
 */
public final class RequestBodies {

  /** What a route accepts unless it says otherwise: 1 MiB. */
  public static final int DEFAULT_MAX_BYTES = 1 << 20;

  private RequestBodies() {}

  public static JsonNode objectOf(APIGatewayV2HTTPEvent event) {
    return objectOf(event, DEFAULT_MAX_BYTES);
  }

  /** The body's JSON object, from a route that accepts bodies of at most {@code maxBytes} bytes. */
  public static JsonNode objectOf(APIGatewayV2HTTPEvent event, int maxBytes) {
    JsonMediaType.require(event.getHeaders());
    return StrictJson.objectOf(BodyText.of(event, maxBytes));
  }
}
