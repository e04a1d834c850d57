package com.finflow.extraction;

import com.finflow.shared.failure.NotFound;

/** The provider answered 404: what the caller asked for does not exist there. */
public final class ProviderNotFound extends NotFound {

  public ProviderNotFound(String what) {
    super("the provider found no such resource: " + what);
  }
}
