package com.finflow.shared.http;

import com.finflow.shared.failure.Category;
import com.finflow.shared.failure.Failure;

/** A request whose body or parameters cannot be read at all: not JSON, not an object, not UTF-8. */
public final class MalformedRequest extends Failure {

  public MalformedRequest(String detail) {
    super(Category.MALFORMED_REQUEST, detail);
  }
}
