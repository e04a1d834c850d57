package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.GetBalances;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/**
 * {@code GET /cashflow/companies/{company_id}/balances?from=&to=&interval=&account=}: a balance
 * series.
 */
public final class GetBalancesHandler extends HttpFunction {

  private final GetBalances useCase;

  public GetBalancesHandler() {
    this(CashflowWiring.getBalances());
  }

  GetBalancesHandler(GetBalances useCase) {
    this.useCase = useCase;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request ->
            HttpResult.json(
                200, useCase.balances(Callers.of(request), GetBalancesRequest.parse(request))));
  }
}
