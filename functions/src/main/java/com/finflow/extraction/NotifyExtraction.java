package com.finflow.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.webhooks.SignedWebhook;
import com.finflow.webhooks.WebhookAddress;
import com.finflow.webhooks.WebhookNotAccepted;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * Tells the caller's webhook that an asynchronous extraction has ended, signed like every Finflow webhook. The
 * notice carries no financial data, only where to fetch it. A receiver that does not answer 2xx gets it again later
 * (the queue's backoff), then the notice is dead-lettered.
 */
public final class NotifyExtraction {

  private final ExtractionResults results;
  private final SignedWebhook sender;
  private final WebhookAddress address;
  private final Clock clock;

  public NotifyExtraction(ExtractionResults results, SignedWebhook sender, WebhookAddress address, Clock clock) {
    this.results = results;
    this.sender = sender;
    this.address = address;
    this.clock = clock;
  }

  public void notify(ExtractionJob job) {
    URI url = job.command().webhookUrl().orElseThrow(() -> new IllegalStateException("no webhook to notify"));
    if (address.refusalOf(url).isPresent()) {
      // Checked at submission; an address that now resolves inside a private network is never called.
      return;
    }
    JsonNode state = results.find(job.organizationId(), job.extractionId());
    String status = state.path("status").asText();
    String type = "extraction." + status;
    String body = Json.write(Map.of(
        "id", type + ":" + job.extractionId(),
        "type", type,
        "created_at", clock.instant().toString(),
        "data", Map.of("extraction_id", job.extractionId(), "status", status,
            "links", Map.of("self", "/extractions/" + job.extractionId()))));
    int answer = sender.send(job.organizationId(), url, type + ":" + job.extractionId(), type, body);
    if (!SignedWebhook.accepted(answer)) {
      throw new WebhookNotAccepted(answer);
    }
  }
}
