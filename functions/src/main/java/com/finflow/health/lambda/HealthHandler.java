package com.finflow.health.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.health.Health;
import com.finflow.health.HealthReport;
import com.finflow.health.adapters.HealthWiring;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/**
 * {@code GET /health}: 200 when every dependency answers, 503 otherwise, with each one's latency.
 */
public final class HealthHandler extends HttpFunction {

  private final Health health;

  public HealthHandler() {
    this(HealthWiring.health());
  }

  HealthHandler(Health health) {
    this.health = health;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          HealthReport report = health.check();
          return HttpResult.json(report.healthy() ? 200 : 503, report);
        });
  }
}
