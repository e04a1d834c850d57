package com.finflow.identity.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.identity.Refresh;
import com.finflow.identity.adapters.IdentityWiring;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.lambda.HttpFunction;

/** {@code POST /auth/refresh}: exchanges a refresh token for a new pair; the old one is spent. */
public final class RefreshHandler extends HttpFunction {

  private final Refresh refresh;

  public RefreshHandler() {
    this(IdentityWiring.refresh());
  }

  RefreshHandler(Refresh refresh) {
    this.refresh = refresh;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http ->
            HttpResult.json(
                200, refresh.refresh(RefreshTokenRequest.parse(RequestBodies.objectOf(http)))));
  }
}
