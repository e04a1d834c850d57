package com.finflow.shared.failure;

import java.util.List;
import java.util.Map;

/** An upstream (bank, provider) did not answer in time. */
public class UpstreamTimeout extends Failure {

  public UpstreamTimeout(String detail) {
    super(Category.UPSTREAM_TIMEOUT, detail);
  }

  /** A more specific problem type than the category's, such as {@code idempotency-key-in-use}. */
  protected UpstreamTimeout(String problemType, String detail, Map<String, Object> facts) {
    super(Category.UPSTREAM_TIMEOUT, problemType, detail, List.of(), facts);
  }
}
