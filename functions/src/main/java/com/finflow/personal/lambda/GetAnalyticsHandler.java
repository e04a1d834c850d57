package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.GetAnalytics;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/** {@code GET /me/analytics}: the caller's figures over a window of their own days. */
public final class GetAnalyticsHandler extends HttpFunction {

  private final GetAnalytics getAnalytics;

  public GetAnalyticsHandler() {
    this(PersonalWiring.getAnalytics());
  }

  GetAnalyticsHandler(GetAnalytics getAnalytics) {
    this.getAnalytics = getAnalytics;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http ->
            HttpResult.json(
                200,
                getAnalytics.report(Callers.of(http).userId(), GetAnalyticsRequest.parse(http))));
  }
}
