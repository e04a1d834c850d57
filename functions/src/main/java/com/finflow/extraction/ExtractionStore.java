package com.finflow.extraction;

import com.finflow.shared.failure.Failure;
import java.time.Duration;
import java.util.Optional;

/**
 * The state of each asynchronous extraction, kept for {@link #RETENTION} under the organization
 * that asked for it and never in the clear: a result holds a user's financial data. Any container
 * may change a state, so a state found is always read afresh.
 */
public interface ExtractionStore {

  Duration RETENTION = Duration.ofHours(24);

  void pending(String organizationId, String extractionId);

  void completed(String organizationId, String extractionId, Extraction extraction);

  void failed(String organizationId, String extractionId, Failure reason);

  /**
   * The extraction's state, unless it is not this organization's, never existed, or is past its
   * retention.
   */
  Optional<ExtractionState> find(String organizationId, String extractionId);
}
