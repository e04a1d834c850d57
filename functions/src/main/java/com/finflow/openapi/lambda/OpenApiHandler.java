package com.finflow.openapi.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.util.Map;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 description of the whole HTTP API, as shipped in the
 * jar.
 */
public final class OpenApiHandler extends HttpFunction {

  // Read once per container; SnapStart snapshots it with the rest of the heap.
  private final String document;

  public OpenApiHandler() {
    this.document = ApiDescription.text();
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request ->
            new HttpResult(
                200, document, "application/json", Map.of("cache-control", "max-age=300")));
  }
}
