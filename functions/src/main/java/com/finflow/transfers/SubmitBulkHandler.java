package com.finflow.transfers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.Callers;
import com.finflow.shared.Caller;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.http.RequestBodies;
import com.finflow.transfers.aws.TransfersWiring;

import java.util.Map;
import java.util.Optional;

/** {@code POST /transfers/bulk}: up to 1,000 SEPA credit transfers, accepted at once or not at all. */
public final class SubmitBulkHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final SubmitBulk submitBulk;

  public SubmitBulkHandler() {
    this(TransfersWiring.submitBulk());
  }

  SubmitBulkHandler(SubmitBulk submitBulk) {
    this.submitBulk = submitBulk;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(event, context, request -> {
      SubmitBulk.Answer answer = submitBulk.submit(Callers.of(request), RequestBodies.objectOf(request),
          idempotencyKeyOf(request));
      HttpResult result = new HttpResult(201, answer.json(), "application/json", Map.of());
      return answer.replayed() ? result.withHeader("idempotent-replayed", "true") : result;
    });
  }

  private static Optional<String> idempotencyKeyOf(APIGatewayV2HTTPEvent request) {
    return Optional.ofNullable(request.getHeaders()).flatMap(headers -> headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase("idempotency-key"))
        .map(Map.Entry::getValue)
        .findFirst());
  }
}
