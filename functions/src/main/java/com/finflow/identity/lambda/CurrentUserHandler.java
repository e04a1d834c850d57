package com.finflow.identity.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.identity.CurrentUser;
import com.finflow.identity.adapters.IdentityWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/** {@code GET /users/me}: who the access token belongs to. */
public final class CurrentUserHandler extends HttpFunction {

  private final CurrentUser currentUser;

  public CurrentUserHandler() {
    this(IdentityWiring.currentUser());
  }

  CurrentUserHandler(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event, context, http -> HttpResult.json(200, currentUser.of(Callers.of(http))));
  }
}
