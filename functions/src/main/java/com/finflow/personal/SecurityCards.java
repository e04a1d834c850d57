package com.finflow.personal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The cache of what the price source said about securities: each security by its symbol, and the
 * answers to searches, each kept until a time.
 */
public interface SecurityCards {

  /** The security kept under this symbol (any case) and still fresh at {@code now}. */
  Optional<Security> card(String symbol, Instant now);

  void keepCard(Security security, Instant freshUntil);

  /** The answer kept for these search words (normalized by the caller), still fresh at now. */
  Optional<List<Security>> search(String words, Instant now);

  void keepSearch(String words, List<Security> found, Instant freshUntil);
}
