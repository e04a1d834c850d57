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

/** {@code POST /auth/login}: an access token and a refresh token for a correct email and password. */
public final class LoginHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final Sessions sessions;

  public LoginHandler() {
    this(IdentityWiring.sessions());
  }

  LoginHandler(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(event, context, request -> {
      BodyFields fields = new BodyFields(RequestBodies.objectOf(request));
      String email = fields.text("email", 254);
      String password = fields.text("password", 4 * PasswordPolicy.MAX_LENGTH);
      fields.throwIfInvalid();
      return HttpResult.json(200, sessions.login(email, password, sourceAddressOf(request)));
    });
  }

  private static String sourceAddressOf(APIGatewayV2HTTPEvent request) {
    return request.getRequestContext() == null || request.getRequestContext().getHttp() == null
        ? "unknown"
        : request.getRequestContext().getHttp().getSourceIp();
  }
}
