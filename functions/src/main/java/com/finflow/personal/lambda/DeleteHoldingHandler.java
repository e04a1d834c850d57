package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.DeleteHolding;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;
import java.util.Map;

/** {@code DELETE /me/holdings/{holding_id}}: removes one of the caller's holdings. */
public final class DeleteHoldingHandler extends HttpFunction {

  private final DeleteHolding deleteHolding;

  public DeleteHoldingHandler() {
    this(BookWiring.deleteHolding());
  }

  DeleteHoldingHandler(DeleteHolding deleteHolding) {
    this.deleteHolding = deleteHolding;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          String id = ResourceIds.uuidInPath(PathParameters.of(http), "holding_id");
          deleteHolding.delete(Callers.of(http), id);
          return new HttpResult(204, "", "application/json", Map.of());
        });
  }
}
