package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.GetProfile;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/** {@code GET /me/profile}: the caller's primary currency and time zone. */
public final class GetProfileHandler extends HttpFunction {

  private final GetProfile getProfile;

  public GetProfileHandler() {
    this(PersonalWiring.getProfile());
  }

  GetProfileHandler(GetProfile getProfile) {
    this.getProfile = getProfile;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event, context, http -> HttpResult.json(200, getProfile.get(Callers.of(http))));
  }
}
