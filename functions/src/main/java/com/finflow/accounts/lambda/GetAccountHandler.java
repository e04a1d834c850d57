package com.finflow.accounts.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.accounts.GetAccount;
import com.finflow.accounts.adapters.AccountsWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;

/**
 * {@code GET /accounts/{iban}}: balance, reserved and available of one of the caller's accounts.
 */
public final class GetAccountHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final GetAccount getAccount;

  public GetAccountHandler() {
    this(AccountsWiring.getAccount());
  }

  GetAccountHandler(GetAccount getAccount) {
    this.getAccount = getAccount;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          String iban =
              http.getPathParameters() == null
                  ? ""
                  : http.getPathParameters().getOrDefault("iban", "");
          return HttpResult.json(200, getAccount.get(Callers.of(http), iban));
        });
  }
}
