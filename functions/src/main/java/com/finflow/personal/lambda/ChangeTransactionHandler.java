package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.ChangeTransaction;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;

/**
 * {@code PATCH /me/transactions/{transaction_id}}: changes some fields of one of the caller's
 * transactions.
 */
public final class ChangeTransactionHandler extends HttpFunction {

  private final ChangeTransaction changeTransaction;

  public ChangeTransactionHandler() {
    this(PersonalWiring.changeTransaction());
  }

  ChangeTransactionHandler(ChangeTransaction changeTransaction) {
    this.changeTransaction = changeTransaction;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var caller = Callers.of(http);
          String id = ResourceIds.uuidInPath(PathParameters.of(http), "transaction_id");
          var change =
              ChangeTransactionRequest.parse(
                  RequestBodies.objectOf(http, RecordTransactionRequest.MAX_BODY_BYTES));
          return HttpResult.json(200, changeTransaction.change(caller, id, change));
        });
  }
}
