package com.finflow.shared.failure;

import java.util.List;
import java.util.Map;

/** The caller may not do this. */
public class Forbidden extends Failure {

  public Forbidden(String detail) {
    super(Category.FORBIDDEN, detail);
  }

  /** A more specific problem type than the category's, such as {@code idempotency-key-in-use}. */
  protected Forbidden(String problemType, String detail, Map<String, Object> facts) {
    super(Category.FORBIDDEN, problemType, detail, List.of(), facts);
  }
}
