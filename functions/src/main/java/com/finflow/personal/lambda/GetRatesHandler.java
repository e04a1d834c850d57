package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.GetRates;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.time.Clock;

/** {@code GET /currencies/{code}/rates?date=}: one currency against every other on a day. */
public final class GetRatesHandler extends HttpFunction {

  private final GetRates getRates;
  private final Clock clock;

  public GetRatesHandler() {
    this(PersonalWiring.getRates(), Clock.systemUTC());
  }

  GetRatesHandler(GetRates getRates, Clock clock) {
    this.getRates = getRates;
    this.clock = clock;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          GetRatesRequest.Query query = GetRatesRequest.parse(http, clock);
          return HttpResult.json(200, getRates.on(query.base(), query.date()));
        });
  }
}
