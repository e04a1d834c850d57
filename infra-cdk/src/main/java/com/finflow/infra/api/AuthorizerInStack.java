package com.finflow.infra.api;

import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpLambdaAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteAuthorizerBindOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteAuthorizerConfig;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.constructs.Construct;

/**
 * A Lambda authorizer created in its function's stack rather than the API's. A route binds its
 * authorizer under the API, in the root stack; the authorizer function and the table it reads live
 * in the identity feature's nested stack, whose routes refer back to the authorizer: a cycle. Bound
 * in {@code scope}, the authorizer sits beside its function and other stacks only refer to it.
 */
final class AuthorizerInStack implements IHttpRouteAuthorizer {

  private final HttpLambdaAuthorizer authorizer;
  private final Construct scope;

  AuthorizerInStack(HttpLambdaAuthorizer authorizer, Construct scope) {
    this.authorizer = authorizer;
    this.scope = scope;
  }

  @Override
  public HttpRouteAuthorizerConfig bind(HttpRouteAuthorizerBindOptions options) {
    return authorizer.bind(
        HttpRouteAuthorizerBindOptions.builder().route(options.getRoute()).scope(scope).build());
  }
}
