package com.finflow.webhooks.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.Caller;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import com.finflow.webhooks.WebhookDeliveryReport;
import com.finflow.webhooks.adapters.WebhooksWiring;
import java.util.Map;

/**
 * {@code GET /transfers/bulk/{bulk_id}/webhook-deliveries} and {@code GET
 * /extractions/{extraction_id}/webhook-deliveries} list a subject's deliveries and their attempts;
 * {@code POST .../webhook-deliveries/{delivery_id}/redeliver} sends one again (202).
 */
public final class WebhookDeliveriesHandler extends HttpFunction {

  private final WebhookDeliveryReport report;

  public WebhookDeliveriesHandler() {
    this(WebhooksWiring.deliveriesReport());
  }

  WebhookDeliveriesHandler(WebhookDeliveryReport report) {
    this.report = report;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> {
          WebhookDeliveriesRequest parsed = WebhookDeliveriesRequest.of(request);
          Caller caller = Callers.of(request);
          if (parsed.deliveryId().isPresent()) {
            return HttpResult.json(
                202, report.redeliver(caller, parsed.subject(), parsed.deliveryId().get()));
          }
          return HttpResult.json(200, Map.of("deliveries", report.of(caller, parsed.subject())));
        });
  }
}
