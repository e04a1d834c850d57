package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.GetInterest;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/**
 * {@code GET /cashflow/companies/{company_id}/interest?from=&to=&account=}: interest accrued on the
 * daily closing balances.
 */
public final class GetInterestHandler extends HttpFunction {

  private final GetInterest useCase;

  public GetInterestHandler() {
    this(CashflowWiring.getInterest());
  }

  GetInterestHandler(GetInterest useCase) {
    this.useCase = useCase;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request ->
            HttpResult.json(
                200, useCase.interest(Callers.of(request), GetInterestRequest.parse(request))));
  }
}
