package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.ChangePersonalAccount;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;

/** {@code PATCH /me/accounts/{account_id}}: changes some fields of one of the caller's accounts. */
public final class ChangePersonalAccountHandler extends HttpFunction {

  private final ChangePersonalAccount changePersonalAccount;

  public ChangePersonalAccountHandler() {
    this(BookWiring.changePersonalAccount());
  }

  ChangePersonalAccountHandler(ChangePersonalAccount changePersonalAccount) {
    this.changePersonalAccount = changePersonalAccount;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var caller = Callers.of(http);
          String id = ResourceIds.uuidInPath(PathParameters.of(http), "account_id");
          var change =
              ChangePersonalAccountRequest.parse(
                  RequestBodies.objectOf(http, RequestBodies.DEFAULT_MAX_BYTES));
          return HttpResult.json(200, changePersonalAccount.change(caller, id, change));
        });
  }
}
