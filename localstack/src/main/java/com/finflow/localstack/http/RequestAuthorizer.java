package com.finflow.localstack.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.finflow.localstack.LocalJson;
import com.finflow.localstack.lambda.InvocationResult;
import com.finflow.localstack.lambda.LambdaRuntime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs Lambda REQUEST authorizers and caches their decisions per identity, for the authorizer's
 * TTL.
 */
final class RequestAuthorizer {

  private record CachedDecision(AuthorizerDecision decision, Instant expires) {}

  private final LambdaRuntime lambda;
  private final HttpApiEvents events;
  private final InvocationDeadline deadline;
  private final Map<String, CachedDecision> cache = new ConcurrentHashMap<>();

  RequestAuthorizer(LambdaRuntime lambda, HttpApiEvents events, InvocationDeadline deadline) {
    this.lambda = lambda;
    this.events = events;
    this.deadline = deadline;
  }

  AuthorizerDecision authorize(
      AuthorizerDefinition authorizer, IncomingRequest request, RouteMatch match) {
    List<String> identity = new ArrayList<>();
    for (String source : authorizer.identitySources()) {
      // A missing or empty identity source is a 401 without calling the authorizer.
      Optional<String> value =
          identityValue(source.trim(), request, match).filter(found -> !found.isBlank());
      if (value.isEmpty()) {
        return new AuthorizerDecision.Unauthorized();
      }
      identity.add(value.get());
    }
    String cacheKey = authorizer.id() + "\n" + String.join("\n", identity);
    CachedDecision cached = cache.get(cacheKey);
    if (cached != null && cached.expires().isAfter(Instant.now())) {
      return cached.decision();
    }
    AuthorizerDecision decision =
        invoke(authorizer, events.authorizer(request, match, identity).toString());
    if (!authorizer.resultTtl().isZero() && !(decision instanceof AuthorizerDecision.Failed)) {
      cache.put(cacheKey, new CachedDecision(decision, Instant.now().plus(authorizer.resultTtl())));
    }
    return decision;
  }

  private AuthorizerDecision invoke(AuthorizerDefinition authorizer, String event) {
    // An authorizer that answers late is an authorizer failure, like one that fails.
    Optional<InvocationResult> answered =
        deadline.await(
            GatewayLimits.AUTHORIZER_TIMEOUT, () -> lambda.invoke(authorizer.function(), event));
    if (answered.isEmpty()) {
      return new AuthorizerDecision.Failed(
          "no answer within " + GatewayLimits.AUTHORIZER_TIMEOUT.toMillis() + " ms");
    }
    InvocationResult result = answered.get();
    if (result instanceof InvocationResult.Failure failure) {
      // API Gateway's convention: an authorizer error whose message is exactly "Unauthorized" is a
      // 401.
      if ("Unauthorized".equals(failure.errorMessage())) {
        return new AuthorizerDecision.Unauthorized();
      }
      return new AuthorizerDecision.Failed(failure.errorType() + ": " + failure.errorMessage());
    }
    JsonNode output;
    try {
      output = LocalJson.MAPPER.readTree(((InvocationResult.Success) result).payload());
    } catch (Exception e) {
      return new AuthorizerDecision.Failed("authorizer output is not JSON");
    }
    JsonNode context =
        output.path("context").isObject()
            ? output.get("context")
            : JsonNodeFactory.instance.objectNode();
    boolean allowed =
        authorizer.simpleResponses()
            ? output.path("isAuthorized").asBoolean(false)
            : allowsByPolicy(output);
    return allowed ? new AuthorizerDecision.Allowed(context) : new AuthorizerDecision.Denied();
  }

  /** IAM-policy responses: allowed when some statement allows and none denies. */
  private static boolean allowsByPolicy(JsonNode output) {
    boolean allowed = false;
    for (JsonNode statement : output.path("policyDocument").path("Statement")) {
      String effect = statement.path("Effect").asText();
      if (effect.equalsIgnoreCase("Deny")) {
        return false;
      }
      allowed |= effect.equalsIgnoreCase("Allow");
    }
    return allowed;
  }

  private static Optional<String> identityValue(
      String source, IncomingRequest request, RouteMatch match) {
    if (source.startsWith("$request.header.")) {
      return request.header(source.substring("$request.header.".length()));
    }
    if (source.startsWith("$request.querystring.")) {
      List<String> values = request.query().get(source.substring("$request.querystring.".length()));
      return values == null || values.isEmpty()
          ? Optional.empty()
          : Optional.of(String.join(",", values));
    }
    if (source.startsWith("$request.path.")) {
      return Optional.ofNullable(
          match.pathParameters().get(source.substring("$request.path.".length())));
    }
    // $context and $stageVariables sources are always present locally.
    return Optional.of(source);
  }
}
