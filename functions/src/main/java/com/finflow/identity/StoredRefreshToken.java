package com.finflow.identity;

import java.time.Instant;

/**
 * What Finflow remembers of a refresh token: its hash, the login (family) it descends from, the
 * user it speaks for, and whether it has already been exchanged.
 */
public record StoredRefreshToken(
    String hash,
    String familyId,
    String userId,
    String organizationId,
    Role role,
    Instant expiresAt,
    boolean used) {}
