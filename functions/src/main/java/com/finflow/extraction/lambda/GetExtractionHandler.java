package com.finflow.extraction.lambda;

import com.finflow.extraction.ExtractionResults;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.Callers;
import com.finflow.extraction.adapters.ExtractionWiring;
import com.finflow.shared.Caller;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;

import java.util.Map;
import java.util.Optional;

/** {@code GET /extractions/{extraction_id}}: {@code pending}, {@code completed} with the result, or {@code failed}. */
public final class GetExtractionHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final ExtractionResults results;

  public GetExtractionHandler() {
    this(ExtractionWiring.results(ExtractionWiring.vault()));
  }

  GetExtractionHandler(ExtractionResults results) {
    this.results = results;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(event, context, request -> {
      String extractionId = Optional.ofNullable(request.getPathParameters()).orElse(Map.of())
          .getOrDefault("extraction_id", "");
      return HttpResult.json(200, results.find(Callers.of(request).organizationId(), extractionId));
    });
  }
}
