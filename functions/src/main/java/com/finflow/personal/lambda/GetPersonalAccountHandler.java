package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.GetPersonalAccount;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;

/** {@code GET /me/accounts/{account_id}}: one of the caller's accounts. */
public final class GetPersonalAccountHandler extends HttpFunction {

  private final GetPersonalAccount getPersonalAccount;

  public GetPersonalAccountHandler() {
    this(BookWiring.getPersonalAccount());
  }

  GetPersonalAccountHandler(GetPersonalAccount getPersonalAccount) {
    this.getPersonalAccount = getPersonalAccount;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          String id = ResourceIds.uuidInPath(PathParameters.of(http), "account_id");
          return HttpResult.json(200, getPersonalAccount.get(Callers.of(http), id));
        });
  }
}
