package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.CreatePersonalAccount;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.lambda.HttpFunction;

/** {@code POST /me/accounts}: adds an account to the caller's book. */
public final class CreatePersonalAccountHandler extends HttpFunction {

  private final CreatePersonalAccount createPersonalAccount;

  public CreatePersonalAccountHandler() {
    this(BookWiring.createPersonalAccount());
  }

  CreatePersonalAccountHandler(CreatePersonalAccount createPersonalAccount) {
    this.createPersonalAccount = createPersonalAccount;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var created =
              createPersonalAccount.create(
                  Callers.of(http),
                  CreatePersonalAccountRequest.parse(
                      RequestBodies.objectOf(http, RequestBodies.DEFAULT_MAX_BYTES)));
          return HttpResult.json(201, created)
              .withHeader("location", "/me/accounts/" + created.id());
        });
  }
}
