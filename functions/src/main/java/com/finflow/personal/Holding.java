package com.finflow.personal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A position in one security on one of a user's investment accounts: how many units, and what they
 * cost in all ({@code costBasis}, in {@code costCurrency}).
 */
public record Holding(
    String id,
    String userId,
    String accountId,
    String symbol,
    BigDecimal quantity,
    BigDecimal costBasis,
    String costCurrency,
    Instant createdAt,
    Instant updatedAt) {}
