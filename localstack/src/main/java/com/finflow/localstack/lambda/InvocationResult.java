package com.finflow.localstack.lambda;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * What one invocation produced: the handler's serialized response, or an error as Lambda reports
 * it.
 */
public sealed interface InvocationResult {

  record Success(String payload) implements InvocationResult {}

  record Failure(String errorType, String errorMessage) implements InvocationResult {
    public String payload() {
      return JsonNodeFactory.instance
          .objectNode()
          .put("errorMessage", errorMessage)
          .put("errorType", errorType)
          .toString();
    }
  }
}
