package com.finflow.accounts.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.accounts.AccountView;
import com.finflow.accounts.OpenAccount;
import com.finflow.accounts.adapters.AccountsWiring;
import com.finflow.shared.Caller;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.lambda.HttpFunction;

/** {@code POST /accounts} (sandbox): an admin opens a bank account with a starting balance. */
public final class OpenAccountHandler extends HttpFunction {

  private final OpenAccount openAccount;

  public OpenAccountHandler() {
    this(AccountsWiring.openAccount());
  }

  OpenAccountHandler(OpenAccount openAccount) {
    this.openAccount = openAccount;
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
          AccountView opened = openAccount.open(caller, OpenAccountRequest.parse(body));
          return HttpResult.json(201, opened).withHeader("location", "/accounts/" + opened.iban());
        });
  }
}
