package com.finflow.shared.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a use case answers over HTTP: a status, a body (text as it is, bytes base64-encoded,
 * anything else serialized as JSON), and extra headers.
 */
public record HttpResult(int status, Object body, String contentType, Map<String, String> headers) {

  public HttpResult {
    headers = Map.copyOf(headers);
  }

  public static HttpResult json(int status, Object body) {
    return new HttpResult(status, body, "application/json", Map.of());
  }

  public static HttpResult problem(Problem problem) {
    return new HttpResult(problem.status(), problem, Problem.MEDIA_TYPE, Map.of());
  }

  public HttpResult withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new HttpResult(status, body, contentType, more);
  }
}
