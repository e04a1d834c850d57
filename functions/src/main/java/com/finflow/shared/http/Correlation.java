package com.finflow.shared.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The id that ties a caller's request to every log line and response it produced. */
public final class Correlation {

  public static final String HEADER = "x-correlation-id";

  // Callers choose their own ids; anything else (log injection, huge values) is ignored.
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private Correlation() {}

  public static String idOf(APIGatewayV2HTTPEvent event) {
    return headerOf(event.getHeaders())
        .filter(id -> ACCEPTABLE.matcher(id).matches())
        .or(
            () ->
                Optional.ofNullable(event.getRequestContext())
                    .map(APIGatewayV2HTTPEvent.RequestContext::getRequestId))
        .orElse("none");
  }

  private static Optional<String> headerOf(Map<String, String> headers) {
    if (headers == null) {
      return Optional.empty();
    }
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(HEADER))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
