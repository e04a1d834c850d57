package com.finflow.shared.http;

import com.finflow.shared.failure.Category;
import com.finflow.shared.failure.Failure;
import com.finflow.shared.failure.FieldError;
import java.util.List;
import java.util.Map;

/** A request whose body or parameters cannot be read at all: not JSON, not an object, not UTF-8. */
public final class MalformedRequest extends Failure {

  public MalformedRequest(String detail) {
    super(Category.MALFORMED_REQUEST, detail);
  }

  /** Unreadable at a place a JSON Pointer names, such as a member given twice. */
  public MalformedRequest(String detail, FieldError where) {
    super(Category.MALFORMED_REQUEST, "", detail, List.of(where), Map.of());
  }
}
