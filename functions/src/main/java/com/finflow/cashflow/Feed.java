package com.finflow.cashflow;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An upstream feed an organization registered, and how far it has been pulled.
 *
 * @param cursors per source, the cursor of the next page to pull; absent before the first page
 * @param caughtUp per source, whether the last pull reached the end of what the upstream serves
 * @param lastAdvancedAt when a cursor last moved or a source was found caught up (or the feed was
 *     registered): its lag starts there
 */
public record Feed(
    String organizationId,
    String feedId,
    String baseUrl,
    String kind,
    Optional<String> apiKeySecret,
    boolean paused,
    Map<Source, String> cursors,
    Map<Source, Boolean> caughtUp,
    Optional<String> referenceDigest,
    Optional<Instant> lastSuccessAt,
    Optional<FeedError> lastError,
    long rowsPulled,
    long pagesPulled,
    long retries,
    Instant lastAdvancedAt) {

  /** The only kind of upstream so far: the original system's data API. */
  public static final String KIND_CDM = "cdm";

  public Feed {
    cursors = Map.copyOf(cursors);
    caughtUp = Map.copyOf(caughtUp);
  }

  /** What went wrong on the last failed pull. */
  public record FeedError(Instant at, String detail) {}
}
