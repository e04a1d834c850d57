package com.finflow.personal;

import com.finflow.shared.failure.InvalidInput;
import java.util.Map;

/** The idempotency key already recorded a different transaction: its answer cannot be replayed. */
public final class IdempotencyKeyReused extends InvalidInput {

  public IdempotencyKeyReused() {
    super(
        "idempotency-key-reused",
        "this idempotency key was already used for a different request",
        Map.of());
  }
}
