package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.GetAccountValue;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;

/**
 * {@code GET /me/accounts/{account_id}/values/{date}}: the value of one of the caller's accounts on
 * a day.
 */
public final class GetAccountValueHandler extends HttpFunction {

  private final GetAccountValue getAccountValue;

  public GetAccountValueHandler() {
    this(BookWiring.getAccountValue());
  }

  GetAccountValueHandler(GetAccountValue getAccountValue) {
    this.getAccountValue = getAccountValue;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          String account = ResourceIds.uuidInPath(PathParameters.of(http), "account_id");
          var date = RecordAccountValueRequest.dateInPath(http);
          return HttpResult.json(200, getAccountValue.get(Callers.of(http), account, date));
        });
  }
}
