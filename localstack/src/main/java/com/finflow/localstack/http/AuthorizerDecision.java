package com.finflow.localstack.http;

import com.fasterxml.jackson.databind.JsonNode;

/** What a Lambda authorizer decided about a request. */
sealed interface AuthorizerDecision {

  record Allowed(JsonNode context) implements AuthorizerDecision {}

  /** No identity source in the request: 401 without calling the authorizer. */
  record Unauthorized() implements AuthorizerDecision {}

  record Denied() implements AuthorizerDecision {}

  record Failed(String reason) implements AuthorizerDecision {}
}
