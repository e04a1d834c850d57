package com.finflow.identity.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.identity.AddMember;
import com.finflow.identity.AddMemberCommand;
import com.finflow.identity.PasswordPolicy;
import com.finflow.identity.adapters.IdentityWiring;
import com.finflow.shared.Caller;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.lambda.HttpFunction;

/** {@code POST /organizations/me/members}: an admin adds a member or another admin. */
public final class AddMemberHandler extends HttpFunction {

  private final AddMember addMember;
  private final AddMemberRequest request = new AddMemberRequest(new PasswordPolicy());

  public AddMemberHandler() {
    this(IdentityWiring.addMember());
  }

  AddMemberHandler(AddMember addMember) {
    this.addMember = addMember;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          Caller caller = Callers.of(http);
          JsonNode body = RequestBodies.objectOf(http);
          // A member is refused before the fields are read, so they get 403 whatever the body says.
          caller.requireAdmin();
          AddMemberCommand command = request.parse(body);
          return HttpResult.json(201, addMember.add(caller, command));
        });
  }
}
