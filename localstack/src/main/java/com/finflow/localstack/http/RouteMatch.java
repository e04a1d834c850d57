package com.finflow.localstack.http;

import java.util.Map;

/** The route chosen for a request and the path parameters it captured. */
public record RouteMatch(HttpRoute route, Map<String, String> pathParameters) {

  public RouteMatch {
    pathParameters = Map.copyOf(pathParameters);
  }
}
