package com.finflow.extraction;

import com.finflow.shared.failure.UpstreamFailed;

/** The provider failed in a way that is Finflow's upstream failing, not the caller's request: 400, 401, 5xx, silence. */
public final class ProviderFailed extends UpstreamFailed {

  public ProviderFailed(String what) {
    super("the provider failed: " + what);
  }
}
