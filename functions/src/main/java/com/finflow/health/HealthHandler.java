package com.finflow.health;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.health.aws.AwsDependencies;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;

import java.time.Duration;

/** {@code GET /health}: 200 when every dependency answers, 503 otherwise, with each one's latency. */
public final class HealthHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final HealthCheck healthCheck;

  public HealthHandler() {
    this(new HealthCheck(AwsDependencies.fromEnvironment(), Duration.ofSeconds(3)));
  }

  HealthHandler(HealthCheck healthCheck) {
    this.healthCheck = healthCheck;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(event, context, request -> {
      HealthReport report = healthCheck.run();
      return HttpResult.json(report.healthy() ? 200 : 503, report);
    });
  }
}
