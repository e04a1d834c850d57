package com.finflow.identity;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.identity.aws.IdentityWiring;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;

import java.util.Map;

/**
 * {@code POST /auth/logout}: revokes the sign-in the refresh token belongs to. Access tokens already
 * issued stay valid until they expire (at most 15 minutes).
 */
public final class LogoutHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final Sessions sessions;

  public LogoutHandler() {
    this(IdentityWiring.sessions());
  }

  LogoutHandler(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(event, context, request -> {
      BodyFields fields = new BodyFields(RequestBodies.objectOf(request));
      String refreshToken = fields.text("refresh_token", 128);
      fields.throwIfInvalid();
      sessions.logout(refreshToken);
      return new HttpResult(204, "", "application/json", Map.of());
    });
  }
}
