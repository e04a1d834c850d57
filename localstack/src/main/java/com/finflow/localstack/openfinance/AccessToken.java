package com.finflow.localstack.openfinance;

import java.time.Instant;
import java.util.Set;

/**
 * A bearer token the provider issued to a client, good for {@code scopes} until {@code expiresAt}.
 */
record AccessToken(String value, String clientId, Set<String> scopes, Instant expiresAt) {

  AccessToken {
    // Kept in the order given, as the scope strings echo them.
    scopes = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(scopes));
  }

  boolean activeAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
