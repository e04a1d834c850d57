package com.finflow.shared.failure;

import java.util.List;
import java.util.Map;

/** An upstream (bank, provider) answered with an error. */
public class UpstreamFailed extends Failure {

  public UpstreamFailed(String detail) {
    super(Category.UPSTREAM_FAILED, detail);
  }

  /** A more specific problem type than the category's, such as {@code idempotency-key-in-use}. */
  protected UpstreamFailed(String problemType, String detail, Map<String, Object> facts) {
    super(Category.UPSTREAM_FAILED, problemType, detail, List.of(), facts);
  }
}
