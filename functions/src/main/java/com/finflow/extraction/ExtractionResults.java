package com.finflow.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.http.Rejection;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Asynchronous extractions: their state and, once done, their result, kept encrypted in the vault for a limited
 * time. A user's financial data never rests in the clear.
 */
public final class ExtractionResults {

  public static final Duration RETENTION = Duration.ofHours(24);
  /** The vault purpose of extraction states; unlike tokens, they change before they expire. */
  public static final String PURPOSE = "extraction";

  private final TokenVault vault;
  private final Clock clock;

  public ExtractionResults(TokenVault vault, Clock clock) {
    this.vault = vault;
    this.clock = clock;
  }

  public void pending(String organizationId, String extractionId) {
    keep(organizationId, extractionId, Map.of("status", "pending"));
  }

  public void completed(String organizationId, String extractionId, Extraction extraction) {
    keep(organizationId, extractionId, Map.of("status", "completed", "result", extraction));
  }

  public void failed(String organizationId, String extractionId, Rejection rejection) {
    keep(organizationId, extractionId, Map.of("status", "failed", "detail", rejection.getMessage(),
        "problem_type", rejection.kind().name().toLowerCase(Locale.ROOT)));
  }

  /** The extraction as JSON ({@code status}, and {@code result} or {@code detail}), if it is the organization's. */
  public JsonNode find(String organizationId, String extractionId) {
    Optional<String> stored = vault.find(organizationId, PURPOSE, extractionId);
    try {
      return Json.MAPPER.readTree(stored.orElseThrow(() -> new Rejection(Rejection.Kind.NOT_FOUND,
          "no extraction with this id (results are kept " + RETENTION.toHours() + " hours)")));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored extraction is not JSON", e);
    }
  }

  private void keep(String organizationId, String extractionId, Map<String, Object> state) {
    vault.keep(organizationId, PURPOSE, extractionId, Json.write(state), clock.instant().plus(RETENTION));
  }
}
