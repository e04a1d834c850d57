package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.RegisterCompany;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/**
 * {@code PUT /cashflow/companies/{company_id}}: creates or replaces a monitored company (admins).
 */
public final class RegisterCompanyHandler extends HttpFunction {

  private final RegisterCompany useCase;

  public RegisterCompanyHandler() {
    this(CashflowWiring.registerCompany());
  }

  RegisterCompanyHandler(RegisterCompany useCase) {
    this.useCase = useCase;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> {
          RegisterCompany.Registered registered =
              useCase.register(Callers.of(request), RegisterCompanyRequest.parse(request));
          return HttpResult.json(registered.created() ? 201 : 200, registered.company());
        });
  }
}
