package com.finflow.identity;

import java.time.Instant;

/** Starts the family of refresh tokens that one sign-in hands out. */
public interface TokenFamilies {

  /** Records the first token of a new family, which lives until {@code familyExpiresAt}. */
  void start(StoredRefreshToken first, Instant familyExpiresAt);
}
