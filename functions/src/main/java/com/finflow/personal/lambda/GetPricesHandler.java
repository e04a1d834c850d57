package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.GetPrices;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/**
 * {@code GET /securities/{symbol}/prices?from&to&interval}: daily or weekly bars, with
 * completeness.
 */
public final class GetPricesHandler extends HttpFunction {

  private final GetPrices getPrices;

  public GetPricesHandler() {
    this(PersonalWiring.getPrices());
  }

  GetPricesHandler(GetPrices getPrices) {
    this.getPrices = getPrices;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http ->
            HttpResult.json(200, PriceHistoryView.of(getPrices.of(GetPricesRequest.parse(http)))));
  }
}
