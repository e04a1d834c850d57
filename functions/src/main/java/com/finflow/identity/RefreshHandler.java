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

/** {@code POST /auth/refresh}: exchanges a refresh token for a new pair; the old one is spent. */
public final class RefreshHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final Sessions sessions;

  public RefreshHandler() {
    this(IdentityWiring.sessions());
  }

  RefreshHandler(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(event, context, request -> {
      BodyFields fields = new BodyFields(RequestBodies.objectOf(request));
      String refreshToken = fields.text("refresh_token", 128);
      fields.throwIfInvalid();
      return HttpResult.json(200, sessions.refresh(refreshToken));
    });
  }
}
