package com.finflow.extraction;

import com.finflow.shared.failure.UpstreamTimeout;

/** The provider kept answering 504 through every retry. */
public final class ProviderTimedOut extends UpstreamTimeout {

  public ProviderTimedOut(String what) {
    super("the provider kept timing out after retries: " + what);
  }
}
