package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import java.util.Optional;

/** The path parameters of a request, none when API Gateway sent none. */
final class PathParameters {

  private PathParameters() {}

  static Map<String, String> of(APIGatewayV2HTTPEvent event) {
    return Optional.ofNullable(event.getPathParameters()).orElse(Map.of());
  }
}
