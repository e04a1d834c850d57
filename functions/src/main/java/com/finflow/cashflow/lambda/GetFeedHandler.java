package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.GetFeed;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /cashflow/feeds/{feed_id}}: a feed and how far it has been pulled. */
public final class GetFeedHandler extends HttpFunction {

  private final GetFeed useCase;

  public GetFeedHandler() {
    this(CashflowWiring.getFeed());
  }

  GetFeedHandler(GetFeed useCase) {
    this.useCase = useCase;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> {
          List<FieldError> errors = new ArrayList<>();
          String feedId = new CashflowQuery(request, errors).feedId();
          Requests.throwIfAny(errors);
          return HttpResult.json(200, useCase.get(Callers.of(request), feedId));
        });
  }
}
