package com.finflow.identity;

import java.time.Instant;

/** A person who signs in to Finflow, belonging to exactly one organization. */
public record User(String id, String organizationId, Email email, Role role, Instant createdAt) {}
