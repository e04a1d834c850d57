package com.finflow.extraction;

import com.finflow.shared.failure.NotFound;

/**
 * No extraction with this id is kept for the organization: never started, another's, or past its
 * retention.
 */
public final class NoSuchExtraction extends NotFound {

  public NoSuchExtraction() {
    super(
        "no extraction with this id (results are kept "
            + ExtractionStore.RETENTION.toHours()
            + " hours)");
  }
}
