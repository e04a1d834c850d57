package com.finflow.localstack.lambda;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * What one invocation produced: the handler's serialized response, or an error as Lambda reports
 * it.
 */
public sealed interface InvocationResult {

  record Success(String payload) implements InvocationResult {}

  record Failure(String errorType, String errorMessage) implements InvocationResult {

    /**
     * Lambda's error code when it refuses an event over the synchronous payload quota; the function
     * did not run.
     */
    public static final String REQUEST_TOO_LARGE = "RequestEntityTooLargeException";

    /** Lambda's error type when a function's response is over the quota; the function did run. */
    public static final String RESPONSE_TOO_LARGE = "Function.ResponseSizeTooLarge";

    public boolean requestTooLarge() {
      return errorType.equals(REQUEST_TOO_LARGE);
    }

    public String payload() {
      return JsonNodeFactory.instance
          .objectNode()
          .put("errorMessage", errorMessage)
          .put("errorType", errorType)
          .toString();
    }
  }
}
