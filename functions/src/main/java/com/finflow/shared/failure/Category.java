package com.finflow.shared.failure;

/** What kind of refusal a failure is, independent of the protocol that reports it. */
public enum Category {
  MALFORMED_REQUEST,
  INVALID_REQUEST,
  UNAUTHENTICATED,
  FORBIDDEN,
  NOT_FOUND,
  CONFLICT,
  RATE_LIMITED,
  UPSTREAM_FAILED,
  UPSTREAM_TIMEOUT,
  UNAVAILABLE
}
