package com.finflow.extraction;

import com.finflow.shared.failure.UpstreamFailed;

/**
 * The provider failed Finflow rather than refusing the caller: a 400, 401 or 5xx answer, or none at
 * all.
 */
public final class ProviderFailed extends UpstreamFailed {

  public ProviderFailed(String what) {
    super("the provider failed: " + what);
  }
}
