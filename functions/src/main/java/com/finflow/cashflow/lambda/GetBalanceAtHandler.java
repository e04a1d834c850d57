package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.GetBalanceAt;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /cashflow/companies/{company_id}/balance?at=}: the balance at an instant. */
public final class GetBalanceAtHandler extends HttpFunction {

  private final GetBalanceAt useCase;

  public GetBalanceAtHandler() {
    this(CashflowWiring.getBalanceAt());
  }

  GetBalanceAtHandler(GetBalanceAt useCase) {
    this.useCase = useCase;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> {
          List<FieldError> errors = new ArrayList<>();
          CashflowQuery query = new CashflowQuery(request, errors);
          String companyId = query.companyId();
          Instant at = query.instant("at");
          Requests.throwIfAny(errors);
          return HttpResult.json(200, useCase.balanceAt(Callers.of(request), companyId, at));
        });
  }
}
