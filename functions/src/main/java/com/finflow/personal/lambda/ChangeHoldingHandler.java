package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.ChangeHolding;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;

/** {@code PATCH /me/holdings/{holding_id}}: changes some fields of one of the caller's holdings. */
public final class ChangeHoldingHandler extends HttpFunction {

  private final ChangeHolding changeHolding;

  public ChangeHoldingHandler() {
    this(BookWiring.changeHolding());
  }

  ChangeHoldingHandler(ChangeHolding changeHolding) {
    this.changeHolding = changeHolding;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var caller = Callers.of(http);
          String id = ResourceIds.uuidInPath(PathParameters.of(http), "holding_id");
          var change =
              ChangeHoldingRequest.parse(
                  RequestBodies.objectOf(http, RequestBodies.DEFAULT_MAX_BYTES));
          return HttpResult.json(200, changeHolding.change(caller, id, change));
        });
  }
}
