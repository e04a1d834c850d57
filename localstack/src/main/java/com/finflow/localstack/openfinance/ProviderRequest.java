package com.finflow.localstack.openfinance;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * A request to the provider, read off the wire: header names are lower case, each query parameter
 * keeps its first value, and {@code baseUrl} is where the provider listens, for the links and URLs
 * its answers carry.
 */
record ProviderRequest(
    String method,
    String path,
    String rawQuery,
    Map<String, String> query,
    Map<String, String> headers,
    String body,
    URI baseUrl) {

  Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  Optional<String> queryParameter(String name) {
    return Optional.ofNullable(query.get(name));
  }

  /** The bearer token of the {@code Authorization} header, if it has one. */
  Optional<String> bearerToken() {
    return header("authorization")
        .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(value -> value.substring(7).trim())
        .filter(token -> !token.isEmpty());
  }

  /** The full URL this request was sent to, as the {@code links.self} of its answer. */
  String selfLink() {
    return baseUrl + path + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
  }
}
