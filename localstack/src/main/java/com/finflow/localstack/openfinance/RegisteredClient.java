package com.finflow.localstack.openfinance;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A client that registered itself dynamically (RFC 7591), and the scopes it may ask tokens for. */
record RegisteredClient(
    String clientId,
    String clientSecret,
    String registrationAccessToken,
    String clientName,
    List<String> grantTypes,
    Set<String> scopes,
    Instant issuedAt) {

  RegisteredClient {
    grantTypes = List.copyOf(grantTypes);
    // Kept in the order given, as the scope strings echo them.
    scopes = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(scopes));
  }
}
