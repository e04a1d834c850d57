package com.finflow.transfers.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import com.finflow.transfers.GetBulk;
import com.finflow.transfers.adapters.TransfersWiring;

/**
 * {@code GET /transfers/bulk/{bulk_id}?from=0&limit=100}: the bulk's status, counts, amounts and a
 * page of transfers.
 */
public final class GetBulkHandler extends HttpFunction {

  private final GetBulk getBulk;

  public GetBulkHandler() {
    this(TransfersWiring.getBulk());
  }

  GetBulkHandler(GetBulk getBulk) {
    this.getBulk = getBulk;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request ->
            HttpResult.json(200, getBulk.get(Callers.of(request), GetBulkRequest.parse(request))));
  }
}
