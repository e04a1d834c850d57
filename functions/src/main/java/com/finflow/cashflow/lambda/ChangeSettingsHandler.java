package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.ChangeSettings;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/**
 * {@code PUT /cashflow/settings}: the organization's strict IBAN mode and interest rates (admins).
 */
public final class ChangeSettingsHandler extends HttpFunction {

  private final ChangeSettings useCase;

  public ChangeSettingsHandler() {
    this(CashflowWiring.changeSettings());
  }

  ChangeSettingsHandler(ChangeSettings useCase) {
    this.useCase = useCase;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request ->
            HttpResult.json(
                200, useCase.change(Callers.of(request), ChangeSettingsRequest.parse(request))));
  }
}
