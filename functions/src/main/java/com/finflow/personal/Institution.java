package com.finflow.personal;

import java.time.Instant;
import java.util.Optional;

/**
 * A bank, broker or card issuer a user keeps accounts with: its name, its country (ISO 3166
 * alpha-2) and, when it has one, its BIC.
 */
public record Institution(
    String id,
    String userId,
    String name,
    String country,
    Optional<String> bic,
    Instant createdAt,
    Instant updatedAt) {}
