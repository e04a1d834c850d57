package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.DeleteTransaction;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;
import java.util.Map;

/** {@code DELETE /me/transactions/{transaction_id}}: removes one of the caller's transactions. */
public final class DeleteTransactionHandler extends HttpFunction {

  private final DeleteTransaction deleteTransaction;

  public DeleteTransactionHandler() {
    this(PersonalWiring.deleteTransaction());
  }

  DeleteTransactionHandler(DeleteTransaction deleteTransaction) {
    this.deleteTransaction = deleteTransaction;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          String id = ResourceIds.uuidInPath(PathParameters.of(http), "transaction_id");
          deleteTransaction.delete(Callers.of(http), id);
          return new HttpResult(204, "", "application/json", Map.of());
        });
  }
}
