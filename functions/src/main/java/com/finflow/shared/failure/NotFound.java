package com.finflow.shared.failure;

import java.util.List;
import java.util.Map;

/** Nothing with this id is visible to the caller. */
public class NotFound extends Failure {

  public NotFound(String detail) {
    super(Category.NOT_FOUND, detail);
  }

  /** A more specific problem type than the category's, such as {@code idempotency-key-in-use}. */
  protected NotFound(String problemType, String detail, Map<String, Object> facts) {
    super(Category.NOT_FOUND, problemType, detail, List.of(), facts);
  }
}
