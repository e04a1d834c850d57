package com.finflow.openapi.lambda;

import com.finflow.shared.failure.Category;
import com.finflow.shared.failure.Failure;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The path exists with other methods, listed in the {@code allow} fact (and header). */
final class MethodNotAllowed extends Failure {

  MethodNotAllowed(String method, Set<String> allowed) {
    super(
        Category.METHOD_NOT_ALLOWED,
        "",
        "this path does not answer " + method + "; it answers " + String.join(", ", allowed),
        List.of(),
        Map.of("allow", List.copyOf(allowed)));
  }
}
