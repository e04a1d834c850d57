package com.finflow.identity.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.identity.PasswordPolicy;
import com.finflow.identity.Register;
import com.finflow.identity.adapters.IdentityWiring;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.lambda.HttpFunction;

/** {@code POST /auth/register}: a new organization and its first user, who is its admin. */
public final class RegisterHandler extends HttpFunction {

  private final Register register;
  private final RegisterRequest request = new RegisterRequest(new PasswordPolicy());

  public RegisterHandler() {
    this(IdentityWiring.register());
  }

  RegisterHandler(Register register) {
    this.register = register;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http ->
            HttpResult.json(201, register.register(request.parse(RequestBodies.objectOf(http)))));
  }
}
