package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.ListPersonalAccounts;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.util.Map;

/** {@code GET /me/accounts}: all of the caller's accounts, by name. */
public final class ListPersonalAccountsHandler extends HttpFunction {

  private final ListPersonalAccounts listPersonalAccounts;

  public ListPersonalAccountsHandler() {
    this(BookWiring.listPersonalAccounts());
  }

  ListPersonalAccountsHandler(ListPersonalAccounts listPersonalAccounts) {
    this.listPersonalAccounts = listPersonalAccounts;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          return HttpResult.json(200, Map.of("items", listPersonalAccounts.list(Callers.of(http))));
        });
  }
}
