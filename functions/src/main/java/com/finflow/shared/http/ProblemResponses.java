package com.finflow.shared.http;

import com.finflow.shared.failure.Category;
import com.finflow.shared.failure.Failure;
import com.finflow.shared.log.StructuredLog;
import java.util.List;
import java.util.Map;

/** The one place where a failure becomes an HTTP status and a problem document. */
public final class ProblemResponses {

  private static final StructuredLog LOG = StructuredLog.of(ProblemResponses.class);

  private ProblemResponses() {}

  public static HttpResult from(Throwable failure, String path, String correlationId) {
    if (failure instanceof Failure known) {
      Status status = statusOf(known.category());
      boolean specific = !known.problemType().isEmpty();
      String type = specific ? "urn:finflow:problem:" + known.problemType() : status.type();
      String title = specific ? titleOf(known.problemType()) : status.title();
      Problem problem =
          new Problem(
              type,
              title,
              status.code(),
              known.getMessage(),
              path,
              correlationId,
              known.fieldErrors(),
              known.facts());
      HttpResult result = HttpResult.problem(problem);
      Object retryAfter = known.facts().get("retry_after");
      if (retryAfter != null) {
        result = result.withHeader("retry-after", retryAfter.toString());
      }
      // RFC 9110: a 405 lists the methods the resource supports.
      if (known.facts().get("allow") instanceof List<?> allowed) {
        result =
            result.withHeader(
                "allow", String.join(", ", allowed.stream().map(String::valueOf).toList()));
      }
      return result;
    }
    LOG.error("unexpected failure", failure);
    Problem problem =
        new Problem(
            "about:blank",
            "Internal Server Error",
            500,
            "An unexpected error occurred; quote the correlation id when reporting it.",
            path,
            correlationId,
            List.of(),
            Map.of());
    return HttpResult.problem(problem);
  }

  private record Status(int code, String type, String title) {}

  /** {@code insufficient-funds} reads as {@code Insufficient funds}. */
  private static String titleOf(String slug) {
    String words = slug.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static Status statusOf(Category category) {
    return switch (category) {
      case MALFORMED_REQUEST ->
          new Status(400, "urn:finflow:problem:malformed-request", "Malformed request");
      case UNSUPPORTED_MEDIA_TYPE ->
          new Status(415, "urn:finflow:problem:unsupported-media-type", "Unsupported media type");
      case PAYLOAD_TOO_LARGE ->
          new Status(413, "urn:finflow:problem:payload-too-large", "Payload too large");
      case INVALID_REQUEST ->
          new Status(422, "urn:finflow:problem:invalid-request", "Invalid request");
      case UNAUTHENTICATED ->
          new Status(401, "urn:finflow:problem:unauthenticated", "Unauthenticated");
      case FORBIDDEN -> new Status(403, "urn:finflow:problem:forbidden", "Forbidden");
      case METHOD_NOT_ALLOWED ->
          new Status(405, "urn:finflow:problem:method-not-allowed", "Method not allowed");
      case NOT_FOUND -> new Status(404, "urn:finflow:problem:not-found", "Not found");
      case CONFLICT -> new Status(409, "urn:finflow:problem:conflict", "Conflict");
      case RATE_LIMITED -> new Status(429, "urn:finflow:problem:rate-limited", "Too many requests");
      case UPSTREAM_FAILED ->
          new Status(502, "urn:finflow:problem:upstream-failed", "Upstream failure");
      case UPSTREAM_TIMEOUT ->
          new Status(504, "urn:finflow:problem:upstream-timeout", "Upstream timeout");
      case UNAVAILABLE -> new Status(503, "urn:finflow:problem:unavailable", "Service unavailable");
    };
  }
}
