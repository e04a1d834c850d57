package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.ListCurrencies;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/** {@code GET /currencies}: the currencies Finflow converts, with their minor units. */
public final class ListCurrenciesHandler extends HttpFunction {

  private final ListCurrencies listCurrencies;

  public ListCurrenciesHandler() {
    this(PersonalWiring.listCurrencies());
  }

  ListCurrenciesHandler(ListCurrencies listCurrencies) {
    this.listCurrencies = listCurrencies;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http ->
            HttpResult.json(200, listCurrencies.all())
                .withHeader("cache-control", "max-age=86400"));
  }
}
