package com.finflow.webhooks.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.webhooks.WebhookSubject;
import java.util.Map;
import java.util.Optional;

/**
 * A request of the deliveries routes, read from its path: whose deliveries ({@code bulk_id} or
 * {@code extraction_id}) and, for a redelivery, which one ({@code delivery_id}).
 */
record WebhookDeliveriesRequest(WebhookSubject subject, Optional<String> deliveryId) {

  static WebhookDeliveriesRequest of(APIGatewayV2HTTPEvent event) {
    Map<String, String> path = Optional.ofNullable(event.getPathParameters()).orElse(Map.of());
    WebhookSubject subject =
        path.containsKey("extraction_id")
            ? WebhookSubject.extraction(path.get("extraction_id"))
            : WebhookSubject.bulk(path.getOrDefault("bulk_id", ""));
    return new WebhookDeliveriesRequest(subject, Optional.ofNullable(path.get("delivery_id")));
  }
}
