package com.finflow.identity;

import java.util.Optional;

/**
 * Refresh tokens that were handed out, and the families they form: one family per sign-in, rotated
 * at every use.
 */
public interface RefreshTokenStore {

  Optional<StoredRefreshToken> find(String hash);

  /** Whether the family was revoked (logout or detected reuse). */
  boolean isRevoked(String familyId);

  /**
   * Marks {@code current} used and records {@code next}, atomically, only if {@code current} was
   * still unused and its family not revoked. Returns false when that condition failed: the token
   * was reused.
   */
  boolean rotate(StoredRefreshToken current, StoredRefreshToken next);

  void revokeFamily(String familyId);
}
