package com.finflow.extraction;

import com.finflow.shared.failure.InvalidInput;
import java.util.Map;

/**
 * The user rejected the consent at the provider: nothing can be extracted until they authorise a
 * new one.
 */
public final class ConsentRejected extends InvalidInput {

  public ConsentRejected(String reason) {
    super(
        "consent-rejected",
        "the user rejected the consent at the provider ("
            + reason
            + "); ask them to authorise it again",
        Map.of());
  }
}
