package com.finflow.personal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A validated transaction to record, with the {@code Idempotency-Key} it came with (if any) and the
 * fingerprint of its body, which tells a retry from a different request under the same key.
 */
public record NewTransaction(
    String accountId,
    BigDecimal amount,
    Direction direction,
    String currency,
    String category,
    Optional<String> description,
    OffsetDateTime occurredAt,
    Optional<String> idempotencyKey,
    String fingerprint) {}
