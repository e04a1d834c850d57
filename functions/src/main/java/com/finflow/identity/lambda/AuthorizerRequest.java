package com.finflow.identity.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the authorizer uses of its event: the request id for the log, and the bearer token from the
 * identity source (the {@code Authorization} header), if there is one.
 */
record AuthorizerRequest(String requestId, Optional<String> bearerToken) {

  private static final String BEARER = "bearer ";

  static AuthorizerRequest of(
      String requestId, List<String> identitySource, Map<String, String> headers) {
    Optional<String> header =
        identitySource.stream()
            .findFirst()
            .or(() -> Optional.ofNullable(headers.get("authorization")));
    return new AuthorizerRequest(requestId, header.flatMap(AuthorizerRequest::bearerTokenOf));
  }

  /** For events already read by the runtime's own types, as the tests' sample events are. */
  static AuthorizerRequest of(APIGatewayV2CustomAuthorizerEvent event) {
    return of(
        event.getRequestContext() == null ? "none" : event.getRequestContext().getRequestId(),
        Optional.ofNullable(event.getIdentitySource()).orElse(List.of()),
        Optional.ofNullable(event.getHeaders()).orElse(Map.of()));
  }

  private static Optional<String> bearerTokenOf(String value) {
    return value.length() > BEARER.length()
            && value.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)
        ? Optional.of(value.substring(BEARER.length()).strip())
        : Optional.empty();
  }
}
