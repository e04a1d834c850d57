package com.finflow.shared.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.Json;
import com.finflow.shared.log.Invocation;
import com.finflow.shared.log.StructuredLog;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What every HTTP handler does around its use case: correlation id, one access log line, failures
 * mapped to problem documents, JSON serialization and the standard response headers.
 */
public final class HttpEndpoint {

  private static final StructuredLog LOG = StructuredLog.of(HttpEndpoint.class);

  private HttpEndpoint() {}

  public static APIGatewayV2HTTPResponse serve(
      APIGatewayV2HTTPEvent event,
      Context context,
      Function<APIGatewayV2HTTPEvent, HttpResult> action) {
    long started = System.nanoTime();
    String correlationId = Correlation.idOf(event);
    Invocation.begin(context == null ? "local" : context.getFunctionName(), correlationId);
    String routeKey = event.getRouteKey() == null ? "unknown" : event.getRouteKey();
    HttpResult result;
    try {
      Correlation.requireAcceptable(event);
      result = action.apply(event);
    } catch (RuntimeException failure) {
      result = ProblemResponses.from(failure, event.getRawPath(), correlationId);
    }
    LOG.info(
        "request served",
        Map.of(
            "route",
            routeKey,
            "status",
            result.status(),
            "duration_ms",
            (System.nanoTime() - started) / 1_000_000));
    return toResponse(result, correlationId);
  }

  private static APIGatewayV2HTTPResponse toResponse(HttpResult result, String correlationId) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("content-type", result.contentType());
    headers.put("cache-control", "no-store");
    headers.put(Correlation.HEADER, correlationId);
    headers.putAll(result.headers());
    // Bytes (a compressed file) travel base64-encoded, as API Gateway expects of binary bodies.
    boolean binary = result.body() instanceof byte[];
    String body =
        switch (result.body()) {
          case String text -> text;
          case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
          default -> Json.write(result.body());
        };
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(result.status())
        .withHeaders(headers)
        .withBody(body)
        .withIsBase64Encoded(binary)
        .build();
  }
}
