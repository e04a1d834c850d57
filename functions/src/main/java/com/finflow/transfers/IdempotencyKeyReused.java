package com.finflow.transfers;

import com.finflow.shared.failure.InvalidInput;
import java.util.Map;

/**
 * The idempotency key already identifies another submission: its answer cannot be replayed for this
 * one.
 */
public final class IdempotencyKeyReused extends InvalidInput {

  public IdempotencyKeyReused() {
    super(
        "idempotency-key-reused",
        "this idempotency key was already used for a different request",
        Map.of());
  }
}
