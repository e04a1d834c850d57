package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.SubmitBatch;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/**
 * {@code POST /cashflow/batches}: a batch of up to 5,000 rows, answered 202 once durably queued.
 */
public final class SubmitBatchHandler extends HttpFunction {

  private final SubmitBatch useCase;

  public SubmitBatchHandler() {
    this(CashflowWiring.submitBatch());
  }

  SubmitBatchHandler(SubmitBatch useCase) {
    this.useCase = useCase;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request ->
            HttpResult.json(
                202, useCase.submit(Callers.of(request), SubmitBatchRequest.parse(request))));
  }
}
