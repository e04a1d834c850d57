package com.finflow.identity.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.identity.Logout;
import com.finflow.identity.adapters.IdentityWiring;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.lambda.HttpFunction;
import java.util.Map;

/**
 * {@code POST /auth/logout}: revokes the sign-in the refresh token belongs to. Access tokens
 * already issued stay valid until they expire (at most 15 minutes).
 */
public final class LogoutHandler extends HttpFunction {

  private final Logout logout;

  public LogoutHandler() {
    this(IdentityWiring.logout());
  }

  LogoutHandler(Logout logout) {
    this.logout = logout;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          logout.logout(RefreshTokenRequest.parse(RequestBodies.objectOf(http)));
          return new HttpResult(204, "", "application/json", Map.of());
        });
  }
}
