package com.finflow.shared.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.shared.failure.FieldError;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id that ties a caller's request to every log line and response it produced: the caller's own
 * {@code x-correlation-id}, or API Gateway's request id without one. A header outside {@link
 * #PATTERN} (log injection, huge values) is refused with 400, as the API document says, rather than
 * silently replaced.
 */
public final class Correlation {

  public static final String HEADER = "x-correlation-id";

  /** What a caller's correlation id may be. */
  public static final String PATTERN = "[A-Za-z0-9._:-]{1,128}";

  private static final Pattern ACCEPTABLE = Pattern.compile(PATTERN);

  private Correlation() {}

  /**
   * The caller's id when it is acceptable, else API Gateway's request id (also for a refused
   * header).
   */
  public static String idOf(APIGatewayV2HTTPEvent event) {
    return headerOf(event.getHeaders())
        .filter(id -> ACCEPTABLE.matcher(id).matches())
        .or(
            () ->
                Optional.ofNullable(event.getRequestContext())
                    .map(APIGatewayV2HTTPEvent.RequestContext::getRequestId))
        .orElse("none");
  }

  /**
   * Throws a {@link MalformedRequest} naming the header when the caller sent one outside {@link
   * #PATTERN}.
   */
  static void requireAcceptable(APIGatewayV2HTTPEvent event) {
    if (headerOf(event.getHeaders()).filter(id -> !ACCEPTABLE.matcher(id).matches()).isPresent()) {
      String detail = "must be 1 to 128 of A-Z a-z 0-9 . _ : -";
      throw new MalformedRequest(
          "the " + HEADER + " header " + detail, new FieldError("/headers/" + HEADER, detail));
    }
  }

  private static Optional<String> headerOf(Map<String, String> headers) {
    if (headers == null) {
      return Optional.empty();
    }
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(HEADER) && header.getValue() != null)
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
