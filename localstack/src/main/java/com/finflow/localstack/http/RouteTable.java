package com.finflow.localstack.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses a route the way API Gateway HTTP APIs do: the most specific path wins (literal over
 * variable over greedy variable, segment by segment), an exact method beats ANY, and $default
 * catches the rest.
 */
public final class RouteTable {

  private final List<HttpRoute> routes;

  public RouteTable(List<HttpRoute> routes) {
    this.routes = List.copyOf(routes);
  }

  public List<HttpRoute> routes() {
    return routes;
  }

  public Optional<RouteMatch> match(String method, String rawPath) {
    List<String> path = HttpRoute.segments(rawPath);
    List<RouteMatch> candidates = new ArrayList<>();
    for (HttpRoute route : routes) {
      if (route.isDefault()) {
        continue;
      }
      if (!route.method().equals("ANY") && !route.method().equals(method)) {
        continue;
      }
      matchPath(route, path)
          .ifPresent(parameters -> candidates.add(new RouteMatch(route, parameters)));
    }
    Optional<RouteMatch> best =
        candidates.stream().min(Comparator.comparing(RouteMatch::route, SPECIFICITY));
    return best.or(
        () ->
            routes.stream()
                .filter(HttpRoute::isDefault)
                .findFirst()
                .map(route -> new RouteMatch(route, Map.of())));
  }

  private static Optional<Map<String, String>> matchPath(HttpRoute route, List<String> path) {
    Map<String, String> parameters = new LinkedHashMap<>();
    List<String> segments = route.segments();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (segment.startsWith("{") && segment.endsWith("+}")) {
        if (i >= path.size()) {
          return Optional.empty();
        }
        parameters.put(
            segment.substring(1, segment.length() - 2),
            decode(String.join("/", path.subList(i, path.size()))));
        return Optional.of(parameters);
      }
      if (i >= path.size()) {
        return Optional.empty();
      }
      if (segment.startsWith("{") && segment.endsWith("}")) {
        parameters.put(segment.substring(1, segment.length() - 1), decode(path.get(i)));
      } else if (!segment.equals(path.get(i))) {
        return Optional.empty();
      }
    }
    return segments.size() == path.size() ? Optional.of(parameters) : Optional.empty();
  }

  private static final Comparator<HttpRoute> SPECIFICITY =
      (left, right) -> {
        int length = Math.min(left.segments().size(), right.segments().size());
        for (int i = 0; i < length; i++) {
          int difference =
              Integer.compare(rank(left.segments().get(i)), rank(right.segments().get(i)));
          if (difference != 0) {
            return difference;
          }
        }
        if (left.segments().size() != right.segments().size()) {
          return Integer.compare(right.segments().size(), left.segments().size());
        }
        return Boolean.compare(left.method().equals("ANY"), right.method().equals("ANY"));
      };

  private static int rank(String segment) {
    if (segment.endsWith("+}")) {
      return 2;
    }
    return segment.startsWith("{") ? 1 : 0;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
