package com.finflow.extraction;

import java.time.Instant;
import java.util.Optional;

/**
 * Secrets obtained from an Open Finance provider (client credentials, access tokens, consent ids), kept until
 * shortly before they expire.
 *
 * <p>A secret is filed under the organization it belongs to, a purpose (what kind of secret it is, such as
 * {@code access-token}) and a key within that purpose (such as the customer's CPF).
 */
public interface TokenVault {

  /** The secret kept under this name, unless there is none or its expiry has passed. */
  Optional<String> find(String organizationId, String purpose, String key);

  /**
   * Keeps a secret, replacing any kept under the same name, until {@code expiresAt}. Pass a moment shortly
   * before the provider's own expiry, so that a secret found is still valid for the call that uses it.
   */
  void keep(String organizationId, String purpose, String key, String secret, Instant expiresAt);
}
