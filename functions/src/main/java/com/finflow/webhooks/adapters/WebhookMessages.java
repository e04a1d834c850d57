package com.finflow.webhooks.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.sqs.UnreadableMessage;
import com.finflow.webhooks.WebhookSubject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON of the webhook queue's messages, {@code {"subject", "delivery_id", "again"}}: written by
 * the queue adapter, read by the function that delivers. It lives with the writer, as the inbound
 * edge may use adapters and not the reverse.
 */
public final class WebhookMessages {

  /** A delivery to attempt; {@code again} when the organization asked to send it once more. */
  public record Delivery(WebhookSubject subject, String deliveryId, boolean again) {}

  private WebhookMessages() {}

  public static String write(Delivery delivery) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("subject", delivery.subject().toString());
    message.put("delivery_id", delivery.deliveryId());
    message.put("again", delivery.again());
    return Json.write(message);
  }

  /**
   * @throws UnreadableMessage when the message lacks its subject or delivery id: no retry will help
   */
  public static Delivery read(String json) {
    JsonNode message;
    try {
      message = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new UnreadableMessage("a webhook message that is not JSON");
    }
    String subject = message == null ? "" : message.path("subject").asText("");
    String deliveryId = message == null ? "" : message.path("delivery_id").asText("");
    if (subject.isBlank() || deliveryId.isBlank()) {
      throw new UnreadableMessage("a webhook message without subject or delivery id");
    }
    try {
      return new Delivery(
          WebhookSubject.parse(subject), deliveryId, message.path("again").asBoolean(false));
    } catch (IllegalArgumentException e) {
      throw new UnreadableMessage("a webhook message whose subject is not <kind>/<id>");
    }
  }
}
