package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.GetAccount;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.ids.ResourceIds;

/** {@code GET /me/accounts/{account_id}}: one of the caller's accounts. */
public final class GetAccountHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final GetAccount getAccount;

  public GetAccountHandler() {
    this(BookWiring.getAccount());
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
          String id = ResourceIds.uuidInPath(PathParameters.of(http), "account_id");
          return HttpResult.json(200, getAccount.get(Callers.of(http), id));
        });
  }
}
