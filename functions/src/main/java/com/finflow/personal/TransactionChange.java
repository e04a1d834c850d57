package com.finflow.personal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A validated {@code PATCH} of a transaction: only the members given change. {@code description} is
 * present to set it; {@code clearDescription} removes it.
 */
public record TransactionChange(
    Optional<String> accountId,
    Optional<BigDecimal> amount,
    Optional<Direction> direction,
    Optional<String> currency,
    Optional<String> category,
    Optional<String> description,
    boolean clearDescription,
    Optional<OffsetDateTime> occurredAt) {}
