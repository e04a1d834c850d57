package com.finflow.infra.api;

import com.finflow.infra.compute.JavaFunction;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpLambdaAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpLambdaResponseType;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteKey;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.constructs.Construct;

/** Adds routes to the Finflow HTTP API, each integrated with a function's live alias. */
public final class ApiRoutes extends Construct {

  public static final String IDENTITY_SOURCE = "$request.header.Authorization";
  // Long enough to spare the authorizer on bursts of one client, short enough for a revoked token
  // to stop working soon.
  public static final Duration AUTHORIZER_CACHE_TTL = Duration.seconds(60);

  private static final String ROUTES_ID = "Routes";

  private final HttpApi httpApi;

  ApiRoutes(Construct scope, String id, HttpApi httpApi) {
    super(scope, id);
    this.httpApi = httpApi;
  }

  /**
   * A route anyone may call. {@code whyPublic} is recorded as the cdk-nag justification, so every
   * public route documents why it needs no authorizer.
   */
  public HttpRoute publicRoute(
      HttpMethod method, String path, JavaFunction handler, String whyPublic) {
    var route = addRoute(method, path, handler, new HttpNoneAuthorizer());
    NagSuppressions.addResourceSuppressions(
        route.getNode().getDefaultChild(),
        List.of(NagPackSuppression.builder().id("AwsSolutions-APIG4").reason(whyPublic).build()));
    return route;
  }

  /**
   * The {@code $default} route: every request no other route matches, whatever its method or path.
   * Without it API Gateway answers such a request 404 itself; with it, {@code handler} can answer
   * 405 with {@code Allow} for a known path asked with another method. Public, since no route of
   * the request is known to say otherwise.
   */
  public HttpRoute defaultRoute(JavaFunction handler, String whyPublic) {
    var route =
        HttpRoute.Builder.create(this, "DefaultRoute")
            .httpApi(httpApi)
            .routeKey(HttpRouteKey.DEFAULT)
            .integration(new HttpLambdaIntegration("DefaultRouteIntegration", handler.alias()))
            .build();
    NagSuppressions.addResourceSuppressions(
        route.getNode().getDefaultChild(),
        List.of(NagPackSuppression.builder().id("AwsSolutions-APIG4").reason(whyPublic).build()));
    return route;
  }

  /** A route whose requests the authorizer must allow before {@code handler} sees them. */
  public HttpRoute protectedRoute(
      HttpMethod method, String path, JavaFunction handler, IHttpRouteAuthorizer authorizer) {
    return addRoute(method, path, handler, authorizer);
  }

  /**
   * A Lambda REQUEST authorizer backed by {@code authorizer}'s live alias, answering with simple
   * {@code {"isAuthorized": ...}} responses and cached per Authorization header; created in the
   * function's own stack.
   */
  public IHttpRouteAuthorizer lambdaAuthorizer(String id, JavaFunction authorizer) {
    return new AuthorizerInStack(
        HttpLambdaAuthorizer.Builder.create(id, authorizer.alias())
            .responseTypes(List.of(HttpLambdaResponseType.SIMPLE))
            .identitySource(List.of(IDENTITY_SOURCE))
            .resultsCacheTtl(AUTHORIZER_CACHE_TTL)
            .build(),
        routesOf(authorizer));
  }

  private HttpRoute addRoute(
      HttpMethod method, String path, JavaFunction handler, IHttpRouteAuthorizer authorizer) {
    var integration =
        new HttpLambdaIntegration(method.name() + path + "Integration", handler.alias());
    // In the handler's own stack, so that a feature's routes, integrations and permissions count
    // against its nested stack's resources rather than the foundation's.
    return HttpRoute.Builder.create(routesOf(handler), method.name() + path)
        .httpApi(httpApi)
        .routeKey(HttpRouteKey.with(path, method))
        .integration(integration)
        .authorizer(authorizer)
        .build();
  }

  private Construct routesOf(JavaFunction handler) {
    var stack = Stack.of(handler);
    if (stack == Stack.of(this)) {
      return this;
    }
    var existing = stack.getNode().tryFindChild(ROUTES_ID);
    return existing != null ? (Construct) existing : new Construct(stack, ROUTES_ID);
  }
}
