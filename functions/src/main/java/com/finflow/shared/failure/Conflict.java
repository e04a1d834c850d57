package com.finflow.shared.failure;

import java.util.List;
import java.util.Map;

/** The request clashes with the current state; it may succeed later. */
public class Conflict extends Failure {

  public Conflict(String detail) {
    super(Category.CONFLICT, detail);
  }

  /** A more specific problem type than the category's, such as {@code idempotency-key-in-use}. */
  protected Conflict(String problemType, String detail, Map<String, Object> facts) {
    super(Category.CONFLICT, problemType, detail, List.of(), facts);
  }
}
