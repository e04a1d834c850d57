package com.finflow.identity.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.identity.Login;
import com.finflow.identity.LoginCommand;
import com.finflow.identity.adapters.IdentityWiring;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.lambda.HttpFunction;

/**
 * {@code POST /auth/login}: an access token and a refresh token for a correct email and password.
 */
public final class LoginHandler extends HttpFunction {

  private final Login login;

  public LoginHandler() {
    this(IdentityWiring.login());
  }

  LoginHandler(Login login) {
    this.login = login;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          LoginCommand command =
              LoginRequest.parse(RequestBodies.objectOf(http), sourceAddressOf(http));
          return HttpResult.json(200, login.login(command));
        });
  }

  private static String sourceAddressOf(APIGatewayV2HTTPEvent request) {
    return request.getRequestContext() == null || request.getRequestContext().getHttp() == null
        ? "unknown"
        : request.getRequestContext().getHttp().getSourceIp();
  }
}
