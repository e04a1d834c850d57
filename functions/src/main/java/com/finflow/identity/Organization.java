package com.finflow.identity;

import java.time.Instant;

/** The tenant: every resource in Finflow belongs to one organization. */
public record Organization(String id, String name, Instant createdAt) {}
