package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.UpdateProfile;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.lambda.HttpFunction;

/** {@code PATCH /me/profile}: changes the caller's primary currency, time zone, or both. */
public final class UpdateProfileHandler extends HttpFunction {

  static final int MAX_BODY_BYTES = RequestBodies.DEFAULT_MAX_BYTES;

  private final UpdateProfile updateProfile;

  public UpdateProfileHandler() {
    this(PersonalWiring.updateProfile());
  }

  UpdateProfileHandler(UpdateProfile updateProfile) {
    this.updateProfile = updateProfile;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var caller = Callers.of(http);
          var change = UpdateProfileRequest.parse(RequestBodies.objectOf(http, MAX_BODY_BYTES));
          return HttpResult.json(200, updateProfile.update(caller, change));
        });
  }
}
