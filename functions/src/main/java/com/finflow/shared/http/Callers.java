package com.finflow.shared.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.shared.Caller;
import com.finflow.shared.failure.Unauthenticated;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the caller that the Lambda authorizer put in the request context: handlers never parse
 * tokens.
 */
public final class Callers {

  private Callers() {}

  public static Caller of(APIGatewayV2HTTPEvent event) {
    Map<String, Object> context =
        Optional.ofNullable(event.getRequestContext())
            .map(APIGatewayV2HTTPEvent.RequestContext::getAuthorizer)
            .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer::getLambda)
            .orElse(Map.of());
    String userId = text(context.get("user_id"));
    String organizationId = text(context.get("organization_id"));
    String role = text(context.get("role"));
    if (userId.isEmpty() || organizationId.isEmpty() || role.isEmpty()) {
      // Only reachable if a route was deployed without the authorizer: fail closed.
      throw new Unauthenticated("this route requires an access token");
    }
    return new Caller(userId, organizationId, role);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
