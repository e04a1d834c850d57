package com.finflow.localstack.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Waits, through the API, for bulks to settle. */
final class Settlement {

  private static final Set<String> SETTLED = Set.of("completed", "partially_completed", "failed");

  private Settlement() {}

  static JsonNode awaitSettled(ApiClient api, Tenant tenant, String bulkId, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    JsonNode bulk = null;
    while (Instant.now().isBefore(deadline)) {
      bulk = api.get("/transfers/bulk/" + bulkId, Optional.of(tenant.accessToken())).json();
      if (SETTLED.contains(bulk.path("status").asText())) {
        return bulk;
      }
      sleep(200);
    }
    throw new AssertionError(
        "bulk " + bulkId + " did not settle within " + timeout + "; last seen " + bulk);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
