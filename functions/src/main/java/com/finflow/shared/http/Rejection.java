package com.finflow.shared.http;

import java.util.List;
import java.util.Map;

/**
 * A request Finflow refuses for a reason the caller can act on.
 *
 * <p>Features throw (subclasses of) this with a {@link Kind}; {@link ProblemResponses} is the one place
 * that turns it into an HTTP status and an RFC 9457 problem.
 */
public class Rejection extends RuntimeException {

  /** Why a request was refused, independent of the protocol that reports it. */
  public enum Kind {
    MALFORMED_REQUEST, INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT,
    RATE_LIMITED, UPSTREAM_FAILED, UPSTREAM_TIMEOUT, UNAVAILABLE
  }

  private final Kind kind;
  private final List<FieldError> fieldErrors;
  private final Map<String, Object> facts;
  private final String problemType;

  public Rejection(Kind kind, String detail) {
    this(kind, detail, List.of(), Map.of());
  }

  public Rejection(Kind kind, String detail, List<FieldError> fieldErrors, Map<String, Object> facts) {
    this(kind, detail, fieldErrors, facts, "");
  }

  private Rejection(Kind kind, String detail, List<FieldError> fieldErrors, Map<String, Object> facts, String problemType) {
    super(detail, null, false, false);
    this.kind = kind;
    this.fieldErrors = List.copyOf(fieldErrors);
    this.facts = Map.copyOf(facts);
    this.problemType = problemType;
  }

  /** The same rejection with a more specific problem type than its kind's, e.g. {@code insufficient-funds}. */
  public Rejection typed(String problemType) {
    return new Rejection(kind, getMessage(), fieldErrors, facts, problemType);
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

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** A specific problem type slug, or empty for the kind's own. */
  public String problemType() {
    return problemType;
  }

  /** Extra members of the problem document, e.g. the available and requested amounts. */
  public Map<String, Object> facts() {
    return facts;
  }
}
