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


/** {@code GET /accounts/{iban}}: balance, reserved and available of one of the caller's accounts. */
public final class GetAccountHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final SandboxAccounts accounts;

  public GetAccountHandler() {
    this(AccountsWiring.sandboxAccounts());
  }

  GetAccountHandler(SandboxAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(event, context, request -> {
      String iban = request.getPathParameters() == null ? "" : request.getPathParameters().getOrDefault("iban", "");
      return HttpResult.json(200, accounts.get(Callers.of(request), iban));
    });
  }
}
