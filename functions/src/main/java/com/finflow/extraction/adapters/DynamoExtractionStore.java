package com.finflow.extraction.adapters;

import com.finflow.extraction.Extraction;
import com.finflow.extraction.ExtractionState;
import com.finflow.extraction.ExtractionStore;
import com.finflow.shared.failure.Failure;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Extraction states as sealed items of the tokens table (purpose {@code extraction}), as JSON:
 * {@code status}, then {@code result} or {@code detail} and {@code problem_type}. Never remembered
 * by a container: another container may complete what this one saw pending.
 */
final class DynamoExtractionStore implements ExtractionStore {

  static final String PURPOSE = "extraction";

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
        .get(nameOf(organizationId, extractionId), StoredState.class)
        .map(found -> found.value().state());
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
