package com.finflow.shared.http;

import com.finflow.shared.failure.Category;
import com.finflow.shared.failure.Failure;
import com.finflow.shared.failure.FieldError;

import java.util.List;
import java.util.Map;

/** Being replaced by named failures in {@code shared.failure} and in each feature. */
@Deprecated
public class Rejection extends Failure {

  /** Why a request was refused, independent of the protocol that reports it. */
  public enum Kind {
    MALFORMED_REQUEST, INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT,
    RATE_LIMITED, UPSTREAM_FAILED, UPSTREAM_TIMEOUT, UNAVAILABLE
  }

  private final Kind kind;

  public Rejection(Kind kind, String detail) {
    this(kind, detail, List.of(), Map.of());
  }

  public Rejection(Kind kind, String detail, List<FieldError> fieldErrors, Map<String, Object> facts) {
    this(kind, detail, fieldErrors, facts, "");
  }

  private Rejection(Kind kind, String detail, List<FieldError> fieldErrors, Map<String, Object> facts, String problemType) {
    super(Category.valueOf(kind.name()), problemType, detail, fieldErrors, facts);
    this.kind = kind;
  }

  public Rejection typed(String problemType) {
    return new Rejection(kind, getMessage(), fieldErrors(), facts(), problemType);
  }

  public static Rejection invalid(List<FieldError> fieldErrors) {
    String detail = fieldErrors.size() == 1
        ? fieldErrors.get(0).pointer() + ": " + fieldErrors.get(0).detail()
        : fieldErrors.size() + " fields are invalid";
    return new Rejection(Kind.INVALID_REQUEST, detail, fieldErrors, Map.of());
  }

  public Kind kind() {
    return kind;
  }
}
