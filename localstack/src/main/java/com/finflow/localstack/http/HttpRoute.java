package com.finflow.localstack.http;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An AWS::ApiGatewayV2::Route with its integration's function.
 *
 * @param method an HTTP method, ANY, or empty for $default
 * @param integrationTimeout how long API Gateway waits for the function before answering 503
 */
public record HttpRoute(
    String routeKey,
    String method,
    List<String> segments,
    String function,
    Optional<AuthorizerDefinition> authorizer,
    Duration integrationTimeout) {

  public HttpRoute {
    segments = List.copyOf(segments);
  }

  public static HttpRoute parse(
      String routeKey, String function, Optional<AuthorizerDefinition> authorizer) {
    return parse(routeKey, function, authorizer, GatewayLimits.INTEGRATION_TIMEOUT);
  }

  public static HttpRoute parse(
      String routeKey,
      String function,
      Optional<AuthorizerDefinition> authorizer,
      Duration integrationTimeout) {
    if (routeKey.equals("$default")) {
      return new HttpRoute(routeKey, "", List.of(), function, authorizer, integrationTimeout);
    }
    String[] parts = routeKey.trim().split("\\s+", 2);
    String method = parts[0].toUpperCase(java.util.Locale.ROOT);
    return new HttpRoute(
        routeKey, method, segments(parts[1]), function, authorizer, integrationTimeout);
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
