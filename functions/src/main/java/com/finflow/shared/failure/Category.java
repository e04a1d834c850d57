package com.finflow.shared.failure;

/** What kind of refusal a failure is, independent of the protocol that reports it. */
public enum Category {
  MALFORMED_REQUEST,
  /**
   * A request body in a format the route does not read, such as form data where JSON is expected.
   */
  UNSUPPORTED_MEDIA_TYPE,
  /** A request body larger than the route accepts. */
  PAYLOAD_TOO_LARGE,
  INVALID_REQUEST,
  UNAUTHENTICATED,
  FORBIDDEN,
  NOT_FOUND,
  /**
   * A method the resource does not support; the failure's {@code allow} fact lists those it does.
   */
  METHOD_NOT_ALLOWED,
  CONFLICT,
  RATE_LIMITED,
  UPSTREAM_FAILED,
  UPSTREAM_TIMEOUT,
  UNAVAILABLE
}
