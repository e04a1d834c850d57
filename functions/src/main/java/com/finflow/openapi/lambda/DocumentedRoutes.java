package com.finflow.openapi.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paths of the API document and the methods each one answers, matched as API Gateway matches
 * routes.
 */
final class DocumentedRoutes {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private final List<Route> routes;

  private DocumentedRoutes(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  static DocumentedRoutes of(String document) {
    JsonNode paths;
    try {
      paths = Json.MAPPER.readTree(document).path("paths");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    List<Route> routes = new ArrayList<>();
    paths
        .properties()
        .forEach(
            path -> {
              Set<String> methods = new TreeSet<>();
              path.getValue()
                  .fieldNames()
                  .forEachRemaining(
                      method -> {
                        if (METHODS.contains(method)) {
                          methods.add(method.toUpperCase(Locale.ROOT));
                        }
                      });
              routes.add(new Route(segments(path.getKey()), methods));
            });
    return new DocumentedRoutes(routes);
  }

  /** Every method of every documented path that {@code rawPath} matches; empty when none does. */
  Set<String> methodsAt(String rawPath) {
    List<String> segments = segments(rawPath);
    Set<String> methods = new TreeSet<>();
    routes.stream()
        .filter(route -> route.matches(segments))
        .forEach(route -> methods.addAll(route.methods()));
    return methods;
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  /** A documented path template, such as {@code /accounts/{iban}}, and its methods. */
  private record Route(List<String> template, Set<String> methods) {

    /**
     * A {@code {variable}} segment matches any one non-empty segment, as in API Gateway route keys.
     */
    boolean matches(List<String> path) {
      if (path.size() != template.size()) {
        return false;
      }
      for (int i = 0; i < path.size(); i++) {
        String segment = template.get(i);
        boolean variable = segment.startsWith("{") && segment.endsWith("}");
        if (!variable && !segment.equals(path.get(i))) {
          return false;
        }
      }
      return true;
    }
  }
}
