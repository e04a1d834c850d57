package com.finflow.openapi.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API's {@code $default} route: every request no operation matches. A path the API document
 * has, asked with another method, answers 405 with {@code Allow} (an {@code OPTIONS} request, 204
 * with {@code Allow}); any other path, 404. API Gateway alone would answer 404 for both, which
 * tells a client nothing about what it got wrong. Nothing is read but the document shipped in the
 * jar.
 */
public final class UnmatchedRouteHandler extends HttpFunction {

  // Read once per container.
  private final DocumentedRoutes routes;

  public UnmatchedRouteHandler() {
    this(DocumentedRoutes.of(ApiDescription.text()));
  }

  UnmatchedRouteHandler(DocumentedRoutes routes) {
    this.routes = routes;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> {
          String path = Optional.ofNullable(request.getRawPath()).orElse("/");
          Set<String> allowed = routes.methodsAt(path);
          if (allowed.isEmpty()) {
            throw new NoSuchRoute();
          }
          String method = methodOf(request);
          if (method.equals("OPTIONS")) {
            return new HttpResult(
                204, "", "application/json", Map.of("allow", String.join(", ", allowed)));
          }
          throw new MethodNotAllowed(method, allowed);
        });
  }

  private static String methodOf(APIGatewayV2HTTPEvent request) {
    return Optional.ofNullable(request.getRequestContext())
        .map(APIGatewayV2HTTPEvent.RequestContext::getHttp)
        .map(APIGatewayV2HTTPEvent.RequestContext.Http::getMethod)
        .orElse("")
        .toUpperCase(Locale.ROOT);
  }
}
