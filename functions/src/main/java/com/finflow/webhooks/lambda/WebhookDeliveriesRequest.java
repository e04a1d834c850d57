package com.finflow.webhooks.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.webhooks.WebhookSubject;
import java.util.Map;
import java.util.Optional;

/**
 * A request of the deliveries routes, read from its path: whose deliveries ({@code bulk_id} or
 * {@code extraction_id}, a UUID) and, for a redelivery, which one ({@code delivery_id}, ASCII
 * letters, digits and {@code . _ : -}). Any other id is refused (422) before anything is looked up.
 */
record WebhookDeliveriesRequest(WebhookSubject subject, Optional<String> deliveryId) {

  static WebhookDeliveriesRequest of(APIGatewayV2HTTPEvent event) {
    Map<String, String> path = Optional.ofNullable(event.getPathParameters()).orElse(Map.of());
    WebhookSubject subject =
        path.containsKey("extraction_id")
            ? WebhookSubject.extraction(ResourceIds.uuidInPath(path, "extraction_id"))
            : WebhookSubject.bulk(ResourceIds.uuidInPath(path, "bulk_id"));
    Optional<String> deliveryId =
        path.containsKey("delivery_id")
            ? Optional.of(ResourceIds.tokenInPath(path, "delivery_id"))
            : Optional.empty();
    return new WebhookDeliveriesRequest(subject, deliveryId);
  }
}
