package com.finflow.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refresh tokens and their families in maps, rotating under the same conditions as the DynamoDB
 * adapter.
 */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore, TokenFamilies {

  private final Map<String, StoredRefreshToken> tokens = new ConcurrentHashMap<>();
  private final Set<String> families = ConcurrentHashMap.newKeySet();
  private final Set<String> revoked = ConcurrentHashMap.newKeySet();

  @Override
  public void start(StoredRefreshToken first, Instant familyExpiresAt) {
    families.add(first.familyId());
    tokens.put(first.hash(), first);
  }

  @Override
  public Optional<StoredRefreshToken> find(String hash) {
    return Optional.ofNullable(tokens.get(hash));
  }

  @Override
  public boolean isRevoked(String familyId) {
    return !families.contains(familyId) || revoked.contains(familyId);
  }

  @Override
  public synchronized boolean rotate(StoredRefreshToken current, StoredRefreshToken next) {
    StoredRefreshToken stored = tokens.get(current.hash());
    if (stored == null || stored.used() || revoked.contains(current.familyId())) {
      return false;
    }
    tokens.put(
        current.hash(),
        new StoredRefreshToken(
            stored.hash(),
            stored.familyId(),
            stored.userId(),
            stored.organizationId(),
            stored.role(),
            stored.expiresAt(),
            true));
    tokens.put(next.hash(), next);
    return true;
  }

  @Override
  public void revokeFamily(String familyId) {
    revoked.add(familyId);
  }

  public Map<String, StoredRefreshToken> tokens() {
    return Map.copyOf(tokens);
  }

  public Set<String> revokedFamilies() {
    return Set.copyOf(revoked);
  }
}
