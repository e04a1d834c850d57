package com.finflow.identity;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.Callers;
import com.finflow.identity.aws.IdentityWiring;
import com.finflow.shared.Caller;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;

/** {@code POST /organizations/me/members}: an admin adds a member or another admin. */
public final class AddMemberHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final Registration registration;

  public AddMemberHandler() {
    this(IdentityWiring.registration());
  }

  AddMemberHandler(Registration registration) {
    this.registration = registration;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(event, context, request -> HttpResult.json(201,
        registration.addMember(Callers.of(request), RequestBodies.objectOf(request))));
  }
}
