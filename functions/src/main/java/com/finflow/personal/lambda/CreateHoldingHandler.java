package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.CreateHolding;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.lambda.HttpFunction;

/** {@code POST /me/holdings}: adds a holding to the caller's book. */
public final class CreateHoldingHandler extends HttpFunction {

  private final CreateHolding createHolding;

  public CreateHoldingHandler() {
    this(BookWiring.createHolding());
  }

  CreateHoldingHandler(CreateHolding createHolding) {
    this.createHolding = createHolding;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var created =
              createHolding.create(
                  Callers.of(http),
                  CreateHoldingRequest.parse(
                      RequestBodies.objectOf(http, RequestBodies.DEFAULT_MAX_BYTES)));
          return HttpResult.json(201, created)
              .withHeader("location", "/me/holdings/" + created.id());
        });
  }
}
