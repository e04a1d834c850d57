package com.finflow.transfers.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import com.finflow.transfers.SubmitBulk;
import com.finflow.transfers.adapters.TransfersWiring;
import java.util.Map;

/**
 * {@code POST /transfers/bulk}: up to 1,000 SEPA credit transfers, accepted at once or not at all.
 */
public final class SubmitBulkHandler extends HttpFunction {

  private final SubmitBulkRequest request;
  private final SubmitBulk submitBulk;

  public SubmitBulkHandler() {
    this(
        new SubmitBulkRequest(TransfersWiring.limits(), TransfersWiring.webhookAddress()),
        TransfersWiring.submitBulk());
  }

  SubmitBulkHandler(SubmitBulkRequest request, SubmitBulk submitBulk) {
    this.request = request;
    this.submitBulk = submitBulk;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          SubmitBulk.Answer answer = submitBulk.submit(Callers.of(http), request.parse(http));
          HttpResult result = new HttpResult(201, answer.json(), "application/json", Map.of());
          return answer.replayed() ? result.withHeader("idempotent-replayed", "true") : result;
        });
  }
}
