package com.finflow.extraction.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.extraction.ExtractionState;
import com.finflow.extraction.GetExtraction;
import com.finflow.extraction.adapters.ExtractionWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /extractions/{extraction_id}}: {@code pending}, {@code completed} with the result, or
 * {@code failed}. An id that is not a UUID is refused (422).
 */
public final class GetExtractionHandler extends HttpFunction {

  private final GetExtraction getExtraction;

  public GetExtractionHandler() {
    this(ExtractionWiring.getExtraction());
  }

  GetExtractionHandler(GetExtraction getExtraction) {
    this.getExtraction = getExtraction;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> {
          String extractionId =
              ResourceIds.uuidInPath(
                  Optional.ofNullable(request.getPathParameters()).orElse(Map.of()),
                  "extraction_id");
          return HttpResult.json(
              200, bodyOf(getExtraction.get(Callers.of(request).organizationId(), extractionId)));
        });
  }

  /**
   * {@code status}, then {@code result} when completed, or {@code detail} and {@code problem_type}
   * when failed.
   */
  private static Map<String, Object> bodyOf(ExtractionState state) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", state.status().label());
    state.result().ifPresent(result -> body.put("result", result));
    state.detail().ifPresent(detail -> body.put("detail", detail));
    state.problemType().ifPresent(problemType -> body.put("problem_type", problemType));
    return body;
  }
}
