package com.finflow.transfers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.Callers;
import com.finflow.shared.Caller;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.Rejection;
import com.finflow.transfers.aws.TransfersWiring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET /transfers/bulk/{bulk_id}?from=0&limit=100}: the bulk's status, counts, amounts and a page of transfers. */
public final class GetBulkHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final BulkReport report;

  public GetBulkHandler() {
    this(TransfersWiring.bulkReport());
  }

  GetBulkHandler(BulkReport report) {
    this.report = report;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(event, context, request -> {
      Map<String, String> query = Optional.ofNullable(request.getQueryStringParameters()).orElse(Map.of());
      String bulkId = Optional.ofNullable(request.getPathParameters()).map(path -> path.get("bulk_id")).orElse("");
      return HttpResult.json(200, report.of(Callers.of(request), bulkId, number(query, "from", 0),
          number(query, "limit", BulkReport.MAX_PAGE)));
    });
  }

  private static int number(Map<String, String> query, String name, int fallback) {
    String text = query.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw Rejection.invalid(List.of(new FieldError("/query/" + name, "must be a whole number")));
    }
  }
}
