package com.finflow.localstack.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.lambda.InvocationResult;
import com.finflow.localstack.lambda.LambdaRuntime;
import java.util.Optional;

/**
 * What API Gateway does with a request it admitted: choose the route, run its authorizer, invoke
 * its function with a payload format 2.0 event, and turn the outcome into a response, answering on
 * its own where the function cannot.
 */
final class HttpApi {

  private final RouteTable routes;
  private final LambdaRuntime lambda;
  private final HttpApiEvents events;
  private final InvocationDeadline deadline;
  private final RequestAuthorizer authorizers;

  HttpApi(
      RouteTable routes, LambdaRuntime lambda, HttpApiEvents events, InvocationDeadline deadline) {
    this.routes = routes;
    this.lambda = lambda;
    this.events = events;
    this.deadline = deadline;
    this.authorizers = new RequestAuthorizer(lambda, events, deadline);
  }

  HttpApiResponse answer(IncomingRequest request) {
    // HTTP APIs route by method and path together: a known path with another method is not found
    // either.
    Optional<RouteMatch> match = routes.match(request.method(), request.rawPath());
    if (match.isEmpty()) {
      return GatewayError.NOT_FOUND.response();
    }
    HttpRoute route = match.get().route();
    Optional<JsonNode> authorizerContext = Optional.empty();
    if (route.authorizer().isPresent()) {
      AuthorizerDecision decision =
          authorizers.authorize(route.authorizer().get(), request, match.get());
      switch (decision) {
        case AuthorizerDecision.Unauthorized unauthorized -> {
          return GatewayError.UNAUTHORIZED.response();
        }
        case AuthorizerDecision.Denied denied -> {
          return GatewayError.FORBIDDEN.response();
        }
        case AuthorizerDecision.Failed failed -> {
          System.out.println("authorizer for " + route.routeKey() + " failed: " + failed.reason());
          return GatewayError.INTERNAL_SERVER_ERROR.response();
        }
        case AuthorizerDecision.Allowed allowed ->
            authorizerContext = Optional.of(allowed.context());
      }
    }
    String event = events.request(request, match.get(), authorizerContext).toString();
    Optional<InvocationResult> result =
        deadline.await(route.integrationTimeout(), () -> lambda.invoke(route.function(), event));
    if (result.isEmpty()) {
      System.out.println(
          route.routeKey()
              + " "
              + request.requestId()
              + ": no answer within "
              + route.integrationTimeout().toMillis()
              + " ms, the integration timed out");
      return GatewayError.SERVICE_UNAVAILABLE.response();
    }
    return switch (result.get()) {
      case InvocationResult.Success success -> HttpApiResponse.fromPayload(success.payload());
      case InvocationResult.Failure failure when failure.requestTooLarge() ->
          GatewayError.REQUEST_ENTITY_TOO_LARGE.response();
      // Function errors, timeouts, crashes and oversized responses: API Gateway gives no detail to
      // the caller.
      case InvocationResult.Failure failure -> GatewayError.INTERNAL_SERVER_ERROR.response();
    };
  }
}
