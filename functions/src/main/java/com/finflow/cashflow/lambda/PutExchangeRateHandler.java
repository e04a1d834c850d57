package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.ExchangeRate;
import com.finflow.cashflow.PutExchangeRate;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code PUT /cashflow/exchange-rates/{currency}}: adds a rate period (admins). */
public final class PutExchangeRateHandler extends HttpFunction {

  private final PutExchangeRate useCase;

  public PutExchangeRateHandler() {
    this(CashflowWiring.putExchangeRate());
  }

  PutExchangeRateHandler(PutExchangeRate useCase) {
    this.useCase = useCase;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> {
          ExchangeRate rate =
              useCase.put(Callers.of(request), PutExchangeRateRequest.parse(request));
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("currency", rate.currency());
          body.put("eur_rate", rate.eurRate().toPlainString());
          body.put("usd_rate", rate.usdRate().toPlainString());
          rate.validFrom().ifPresent(day -> body.put("valid_from", day.toString()));
          return HttpResult.json(200, body);
        });
  }
}
