package com.finflow.extraction;

import com.finflow.shared.failure.InvalidInput;
import java.util.Map;

/** The provider answered 422: it refused what the caller asked for. */
public final class ProviderRefused extends InvalidInput {

  public ProviderRefused(String what) {
    // No problem type of its own and no field to point at: an invalid request as the provider
    // judged it.
    super("", "the provider refused the request: " + what, Map.of());
  }
}
