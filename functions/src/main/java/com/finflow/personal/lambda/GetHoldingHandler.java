package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.GetHolding;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;

/** {@code GET /me/holdings/{holding_id}}: one of the caller's holdings. */
public final class GetHoldingHandler extends HttpFunction {

  private final GetHolding getHolding;

  public GetHoldingHandler() {
    this(BookWiring.getHolding());
  }

  GetHoldingHandler(GetHolding getHolding) {
    this.getHolding = getHolding;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          String id = ResourceIds.uuidInPath(PathParameters.of(http), "holding_id");
          return HttpResult.json(200, getHolding.get(Callers.of(http), id));
        });
  }
}
