package com.finflow.personal;

import java.time.Instant;
import java.util.Optional;

/** One of a user's accounts, kept in one currency, optionally at one of their institutions. */
public record Account(
    String id,
    String userId,
    String name,
    AccountKind kind,
    String currency,
    Optional<String> institutionId,
    Instant createdAt,
    Instant updatedAt) {}
