package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.GetQuarantineSummary;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/** {@code GET /cashflow/quarantine/summary}: quarantined rows per rule and source. */
public final class GetQuarantineSummaryHandler extends HttpFunction {

  private final GetQuarantineSummary useCase;

  public GetQuarantineSummaryHandler() {
    this(CashflowWiring.getQuarantineSummary());
  }

  GetQuarantineSummaryHandler(GetQuarantineSummary useCase) {
    this.useCase = useCase;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event, context, request -> HttpResult.json(200, useCase.summarize(Callers.of(request))));
  }
}
