package com.finflow.shared.failure;

import java.util.List;
import java.util.Map;

/** The caller did not prove who they are. */
public class Unauthenticated extends Failure {

  public Unauthenticated(String detail) {
    super(Category.UNAUTHENTICATED, detail);
  }

  /** A more specific problem type than the category's, such as {@code idempotency-key-in-use}. */
  protected Unauthenticated(String problemType, String detail, Map<String, Object> facts) {
    super(Category.UNAUTHENTICATED, problemType, detail, List.of(), facts);
  }
}
