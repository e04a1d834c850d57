package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.ListHoldings;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.util.Map;

/** {@code GET /me/holdings?account=}: the caller's holdings, of one account or all. */
public final class ListHoldingsHandler extends HttpFunction {

  private final ListHoldings listHoldings;

  public ListHoldingsHandler() {
    this(BookWiring.listHoldings());
  }

  ListHoldingsHandler(ListHoldings listHoldings) {
    this.listHoldings = listHoldings;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var items = listHoldings.list(Callers.of(http), ListHoldingsRequest.parse(http));
          return HttpResult.json(200, Map.of("items", items));
        });
  }
}
