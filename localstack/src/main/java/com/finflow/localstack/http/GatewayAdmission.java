package com.finflow.localstack.http;

import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Request;

/**
 * What API Gateway refuses before it looks for a route: a request line and header values over its
 * 10,240-byte quota, and a path or query that is malformed. None reaches a function or an
 * authorizer.
 */
final class GatewayAdmission {

  private GatewayAdmission() {}

  static Optional<GatewayError> refusal(Request request) {
    long requestLine = requestLineBytes(request);
    if (requestLine > GatewayLimits.REQUEST_LINE_AND_HEADER_VALUES_BYTES) {
      return Optional.of(GatewayError.REQUEST_URI_TOO_LONG);
    }
    long headerValues = 0;
    for (HttpField field : request.getHeaders()) {
      headerValues += field.getValue() == null ? 0 : field.getValue().length();
    }
    if (requestLine + headerValues > GatewayLimits.REQUEST_LINE_AND_HEADER_VALUES_BYTES) {
      return Optional.of(GatewayError.REQUEST_HEADER_FIELDS_TOO_LARGE);
    }
    if (!wellFormedPath(request.getHttpURI().getPath())
        || !wellFormedQuery(request.getHttpURI().getQuery())) {
      return Optional.of(GatewayError.BAD_REQUEST);
    }
    return Optional.empty();
  }

  /**
   * HTTP APIs decode the path before routing and refuse with 400 a path that does not decode (live
   * captures: https://github.com/hotsock/voker, vokerhttp/testdata/ingress-paths.json). The
   * documentation is silent on what else they refuse; here a path that decodes to a control
   * character (such as %0D) is refused too: no route of a JSON API can mean one, and the server in
   * front of a function should not hand it one.
   */
  private static boolean wellFormedPath(String rawPath) {
    return rawPath != null
        && PercentDecoding.strictly(rawPath)
            .filter(path -> path.chars().noneMatch(Character::isISOControl))
            .isPresent();
  }

  /**
   * A query is decoded into the event's queryStringParameters: it must decode, whatever it holds.
   */
  private static boolean wellFormedQuery(String rawQuery) {
    return rawQuery == null || PercentDecoding.strictly(rawQuery).isPresent();
  }

  /** "GET /path?query HTTP/1.1", as it came. */
  private static long requestLineBytes(Request request) {
    String target = request.getHttpURI().getPathQuery();
    return request.getMethod().length()
        + 1
        + (target == null ? 0 : target.length())
        + 1
        + request.getConnectionMetaData().getProtocol().length();
  }
}
