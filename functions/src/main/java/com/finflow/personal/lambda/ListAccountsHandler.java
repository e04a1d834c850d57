package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.ListAccounts;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import java.util.Map;

/** {@code GET /me/accounts}: all of the caller's accounts, by name. */
public final class ListAccountsHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final ListAccounts listAccounts;

  public ListAccountsHandler() {
    this(BookWiring.listAccounts());
  }

  ListAccountsHandler(ListAccounts listAccounts) {
    this.listAccounts = listAccounts;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          return HttpResult.json(200, Map.of("items", listAccounts.list(Callers.of(http))));
        });
  }
}
