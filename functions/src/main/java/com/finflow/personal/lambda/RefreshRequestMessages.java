package com.finflow.personal.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.sqs.UnreadableMessage;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads a message of the analytics queue. */
final class RefreshRequestMessages {

  record Request(String userId, Instant writtenAt) {}

  private RefreshRequestMessages() {}

  static Request read(String body) {
    try {
      JsonNode message = Json.MAPPER.readTree(body);
      String userId = message.path("user_id").asText("");
      if (userId.isBlank() || !message.path("written_at").isTextual()) {
        throw new UnreadableMessage("a refresh request needs user_id and written_at");
      }
      return new Request(userId, Instant.parse(message.get("written_at").asText()));
    } catch (java.io.IOException | DateTimeParseException e) {
      throw new UnreadableMessage("a refresh request that is not JSON of user_id and written_at");
    }
  }
}
