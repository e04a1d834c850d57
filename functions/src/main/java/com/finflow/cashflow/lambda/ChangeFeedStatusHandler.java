package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.cashflow.ChangeFeedStatus;
import com.finflow.cashflow.adapters.CashflowWiring;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /cashflow/feeds/{feed_id}/pause} and {@code .../resume} (admins): the route says
 * which. Neither takes a body.
 */
public final class ChangeFeedStatusHandler extends HttpFunction {

  private final ChangeFeedStatus useCase;

  public ChangeFeedStatusHandler() {
    this(CashflowWiring.changeFeedStatus());
  }

  ChangeFeedStatusHandler(ChangeFeedStatus useCase) {
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
          boolean pause = request.getRouteKey().endsWith("/pause");
          return HttpResult.json(200, useCase.change(Callers.of(request), feedId, pause));
        });
  }
}
