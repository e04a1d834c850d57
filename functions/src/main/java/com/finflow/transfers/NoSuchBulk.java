package com.finflow.transfers;

import com.finflow.shared.failure.NotFound;

/**
 * No bulk with this id belongs to the caller's organization (another organization's bulk is not
 * revealed).
 */
public final class NoSuchBulk extends NotFound {

  public NoSuchBulk() {
    super("no bulk with this id");
  }
}
