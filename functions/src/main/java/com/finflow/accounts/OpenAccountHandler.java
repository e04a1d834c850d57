package com.finflow.accounts;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.Callers;
import com.finflow.accounts.aws.AccountsWiring;
import com.finflow.shared.Caller;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;

/** {@code POST /accounts} (sandbox): an admin opens a bank account with a starting balance. */
public final class OpenAccountHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final SandboxAccounts accounts;

  public OpenAccountHandler() {
    this(AccountsWiring.sandboxAccounts());
  }

  OpenAccountHandler(SandboxAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(event, context, request -> {
      AccountView opened = accounts.open(Callers.of(request), RequestBodies.objectOf(request));
      return HttpResult.json(201, opened).withHeader("location", "/accounts/" + opened.iban());
    });
  }
}
