package com.finflow.shared.failure;

import java.util.List;
import java.util.Map;

/** A dependency cannot serve the request now; retrying later may succeed. */
public class Unavailable extends Failure {

  public Unavailable(String detail) {
    super(Category.UNAVAILABLE, detail);
  }

  /** A more specific problem type than the category's, such as {@code idempotency-key-in-use}. */
  protected Unavailable(String problemType, String detail, Map<String, Object> facts) {
    super(Category.UNAVAILABLE, problemType, detail, List.of(), facts);
  }
}
