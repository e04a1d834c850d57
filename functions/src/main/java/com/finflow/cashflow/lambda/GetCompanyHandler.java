package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.GetCompany;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /cashflow/companies/{company_id}}: one company of the caller's organization. */
public final class GetCompanyHandler extends HttpFunction {

  private final GetCompany useCase;

  public GetCompanyHandler() {
    this(CashflowWiring.getCompany());
  }

  GetCompanyHandler(GetCompany useCase) {
    this.useCase = useCase;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> {
          List<FieldError> errors = new ArrayList<>();
          String companyId = new CashflowQuery(request, errors).companyId();
          Requests.throwIfAny(errors);
          return HttpResult.json(200, useCase.get(Callers.of(request), companyId));
        });
  }
}
