package com.finflow.shared.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import java.util.Map;
import java.util.Optional;

/**
 * Who is calling, as established by the Lambda authorizer: handlers never parse tokens themselves.
 *
 * @param role {@code admin} or {@code member}
 */
public record Caller(String userId, String organizationId, String role) {

  public static final String ADMIN = "admin";

  public static Caller of(APIGatewayV2HTTPEvent event) {
    Map<String, Object> context = Optional.ofNullable(event.getRequestContext())
        .map(APIGatewayV2HTTPEvent.RequestContext::getAuthorizer)
        .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer::getLambda)
        .orElse(Map.of());
    String userId = text(context.get("user_id"));
    String organizationId = text(context.get("organization_id"));
    String role = text(context.get("role"));
    if (userId.isEmpty() || organizationId.isEmpty() || role.isEmpty()) {
      // Only reachable if a route was deployed without the authorizer: fail closed.
      throw new Rejection(Rejection.Kind.UNAUTHENTICATED, "this route requires an access token");
    }
    return new Caller(userId, organizationId, role);
  }

  public boolean isAdmin() {
    return ADMIN.equals(role);
  }

  public Caller requireAdmin() {
    if (!isAdmin()) {
      throw new Rejection(Rejection.Kind.FORBIDDEN, "this action needs the admin role");
    }
    return this;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
