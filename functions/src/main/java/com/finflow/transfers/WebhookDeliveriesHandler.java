package com.finflow.transfers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.Callers;
import com.finflow.shared.Caller;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.transfers.aws.TransfersWiring;
import com.finflow.transfers.webhooks.WebhookDeliveryReport;

import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /transfers/bulk/{bulk_id}/webhook-deliveries} lists a bulk's deliveries and their attempts;
 * {@code POST .../webhook-deliveries/{delivery_id}/redeliver} sends one again (202).
 */
public final class WebhookDeliveriesHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final WebhookDeliveryReport report;

  public WebhookDeliveriesHandler() {
    this(TransfersWiring.webhookDeliveryReport());
  }

  WebhookDeliveriesHandler(WebhookDeliveryReport report) {
    this.report = report;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(event, context, request -> {
      Map<String, String> path = Optional.ofNullable(request.getPathParameters()).orElse(Map.of());
      String bulkId = path.getOrDefault("bulk_id", "");
      Caller caller = Callers.of(request);
      if (path.containsKey("delivery_id")) {
        return HttpResult.json(202, report.redeliver(caller, bulkId, path.get("delivery_id")));
      }
      return HttpResult.json(200, Map.of("deliveries", report.of(caller, bulkId)));
    });
  }
}
