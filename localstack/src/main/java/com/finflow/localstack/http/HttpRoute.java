package com.finflow.localstack.http;

import java.util.List;
import java.util.Optional;

/**
 * An AWS::ApiGatewayV2::Route with its integration's function.
 *
 * @param method an HTTP method, ANY, or empty for $default
 */
public record HttpRoute(
    String routeKey,
    String method,
    List<String> segments,
    String function,
    Optional<AuthorizerDefinition> authorizer) {

  public HttpRoute {
    segments = List.copyOf(segments);
  }

  public static HttpRoute parse(
      String routeKey, String function, Optional<AuthorizerDefinition> authorizer) {
    if (routeKey.equals("$default")) {
      return new HttpRoute(routeKey, "", List.of(), function, authorizer);
    }
    String[] parts = routeKey.trim().split("\\s+", 2);
    return new HttpRoute(
        routeKey,
        parts[0].toUpperCase(java.util.Locale.ROOT),
        segments(parts[1]),
        function,
        authorizer);
  }

  static List<String> segments(String path) {
    return java.util.Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
  }

  public boolean isDefault() {
    return routeKey.equals("$default");
  }

  public boolean isGreedy() {
    return !segments.isEmpty() && segments.get(segments.size() - 1).endsWith("+}");
  }
}
