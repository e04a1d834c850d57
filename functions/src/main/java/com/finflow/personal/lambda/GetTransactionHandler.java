package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.GetTransaction;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;

/** {@code GET /me/transactions/{transaction_id}}: one of the caller's transactions. */
public final class GetTransactionHandler extends HttpFunction {

  private final GetTransaction getTransaction;

  public GetTransactionHandler() {
    this(PersonalWiring.getTransaction());
  }

  GetTransactionHandler(GetTransaction getTransaction) {
    this.getTransaction = getTransaction;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          String id = ResourceIds.uuidInPath(PathParameters.of(http), "transaction_id");
          return HttpResult.json(200, getTransaction.get(Callers.of(http), id));
        });
  }
}
