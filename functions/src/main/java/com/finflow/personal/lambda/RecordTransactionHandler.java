package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.RecordTransaction;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.util.Map;

/**
 * {@code POST /me/transactions}: records one of the caller's transactions, idempotently under an
 * {@code Idempotency-Key}.
 */
public final class RecordTransactionHandler extends HttpFunction {

  private final RecordTransaction recordTransaction;

  public RecordTransactionHandler() {
    this(PersonalWiring.recordTransaction());
  }

  RecordTransactionHandler(RecordTransaction recordTransaction) {
    this.recordTransaction = recordTransaction;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var caller = Callers.of(http);
          RecordTransaction.Answer answer =
              recordTransaction.record(caller, RecordTransactionRequest.parse(http));
          HttpResult result =
              new HttpResult(201, answer.json(), "application/json", Map.of())
                  .withHeader("location", "/me/transactions/" + answer.id());
          return answer.replayed() ? result.withHeader("idempotent-replayed", "true") : result;
        });
  }
}
