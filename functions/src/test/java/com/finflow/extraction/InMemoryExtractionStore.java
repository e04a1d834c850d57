package com.finflow.extraction;

import com.finflow.shared.failure.Failure;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Extraction states in memory, per organization; nothing expires. */
public final class InMemoryExtractionStore implements ExtractionStore {

  private final Map<String, ExtractionState> states = new ConcurrentHashMap<>();

  @Override
  public void pending(String organizationId, String extractionId) {
    states.put(organizationId + "|" + extractionId, ExtractionState.pending());
  }

  @Override
  public void completed(String organizationId, String extractionId, Extraction extraction) {
    states.put(organizationId + "|" + extractionId, ExtractionState.completed(extraction));
  }

  @Override
  public void failed(String organizationId, String extractionId, Failure reason) {
    states.put(organizationId + "|" + extractionId, ExtractionState.failed(reason));
  }

  @Override
  public Optional<ExtractionState> find(String organizationId, String extractionId) {
    return Optional.ofNullable(states.get(organizationId + "|" + extractionId));
  }
}
