package com.finflow.localstack.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as API Gateway sees it.
 *
 * @param requestId the id API Gateway gives the request: its apigw-requestid header and
 *     requestContext.requestId
 * @param headers lower-cased names, values in arrival order
 */
public record IncomingRequest(
    String requestId,
    String method,
    String rawPath,
    String rawQueryString,
    Map<String, List<String>> headers,
    Map<String, List<String>> query,
    byte[] body,
    String sourceIp,
    String protocol,
    String domainName) {

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty()
        ? Optional.empty()
        : Optional.of(String.join(",", values));
  }
}
