package com.finflow.extraction.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.extraction.Extraction;
import com.finflow.extraction.ExtractionState;
import com.finflow.extraction.ExtractionStore;
import com.finflow.shared.Json;
import com.finflow.shared.failure.Failure;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extraction states as sealed items of the tokens table (purpose {@code extraction}), as JSON:
 * {@code status}, then {@code result} or {@code detail} and {@code problem_type}. Never remembered
 * by a container: another container may complete what this one saw pending.
 */
final class DynamoExtractionStore implements ExtractionStore {

  static final String PURPOSE = "extraction";
  private static final Pattern LEGACY_ERROR =
      Pattern.compile("account (.*?): (.*)", Pattern.DOTALL);

  record StoredState(
      String status,
      Optional<Extraction> result,
      Optional<String> detail,
      Optional<String> problemType) {

    static StoredState of(ExtractionState state) {
      return new StoredState(
          state.status().label(), state.result(), state.detail(), state.problemType());
    }

    ExtractionState state() {
      return new ExtractionState(
          ExtractionState.Status.valueOf(status.toUpperCase(Locale.ROOT)),
          result,
          detail,
          problemType);
    }
  }

  private final SealedItems items;
  private final Clock clock;

  DynamoExtractionStore(SealedItems items, Clock clock) {
    this.items = items;
    this.clock = clock;
  }

  @Override
  public void pending(String organizationId, String extractionId) {
    keep(organizationId, extractionId, ExtractionState.pending());
  }

  @Override
  public void completed(String organizationId, String extractionId, Extraction extraction) {
    keep(organizationId, extractionId, ExtractionState.completed(extraction));
  }

  @Override
  public void failed(String organizationId, String extractionId, Failure reason) {
    keep(organizationId, extractionId, ExtractionState.failed(reason));
  }

  @Override
  public Optional<ExtractionState> find(String organizationId, String extractionId) {
    return items
        .get(nameOf(organizationId, extractionId), JsonNode.class)
        .map(found -> decoded(found.value()).state());
  }

  /**
   * Results kept before unreadable records were listed have each error as one line, "account
   * &lt;id&gt;: &lt;reason&gt;"; they live for a day after a deploy and must still read back.
   */
  private static StoredState decoded(JsonNode stored) {
    JsonNode errors = stored.path("result").path("summary").path("errors");
    if (errors instanceof ArrayNode lines) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isTextual()) {
          lines.set(i, errorOf(lines.get(i).asText()));
        }
      }
    }
    try {
      return Json.MAPPER.treeToValue(stored, StoredState.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored extraction state cannot be read", e);
    }
  }

  private static ObjectNode errorOf(String line) {
    Matcher legacy = LEGACY_ERROR.matcher(line);
    ObjectNode error = Json.MAPPER.createObjectNode();
    error.put("account", legacy.matches() ? legacy.group(1) : "");
    error.put("reason", legacy.matches() ? legacy.group(2) : line);
    return error;
  }

  private void keep(String organizationId, String extractionId, ExtractionState state) {
    items.put(
        nameOf(organizationId, extractionId),
        StoredState.of(state),
        clock.instant().plus(RETENTION));
  }

  private static SealedItems.Name nameOf(String organizationId, String extractionId) {
    return SealedItems.Name.of(organizationId, PURPOSE, extractionId);
  }
}
