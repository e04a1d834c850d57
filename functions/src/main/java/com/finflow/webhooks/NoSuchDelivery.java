package com.finflow.webhooks;

import com.finflow.shared.failure.NotFound;

/** The subject is the caller's, but has no delivery with this id. */
public final class NoSuchDelivery extends NotFound {

  public NoSuchDelivery() {
    super("no webhook delivery with this id");
  }
}
