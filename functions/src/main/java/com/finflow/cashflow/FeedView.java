package com.finflow.cashflow;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A feed as its owners see it; the API key only as whether there is one. */
public record FeedView(
    String feedId,
    String baseUrl,
    String kind,
    String status,
    boolean hasApiKey,
    Map<String, SourceState> sources,
    Optional<String> lastSuccessAt,
    Optional<Error> lastError,
    long rowsPulled,
    long pagesPulled,
    long retries,
    long lagSeconds) {

  /** The last pull's failure. */
  public record Error(String at, String detail) {}

  /** Per source: the cursor of the next page, and whether the last pull reached the end. */
  public record SourceState(Optional<String> cursor, boolean caughtUp) {}

  public static FeedView of(Feed feed, Instant now) {
    Map<String, SourceState> sources = new LinkedHashMap<>();
    for (Source source : Source.values()) {
      sources.put(
          source.name(),
          new SourceState(
              Optional.ofNullable(feed.cursors().get(source)).filter(cursor -> !cursor.isEmpty()),
              feed.caughtUp().getOrDefault(source, false)));
    }
    return new FeedView(
        feed.feedId(),
        feed.baseUrl(),
        feed.kind(),
        feed.paused() ? "paused" : "active",
        feed.apiKeySecret().isPresent(),
        sources,
        feed.lastSuccessAt().map(Instant::toString),
        feed.lastError().map(error -> new Error(error.at().toString(), error.detail())),
        feed.rowsPulled(),
        feed.pagesPulled(),
        feed.retries(),
        Math.max(0, Duration.between(feed.lastAdvancedAt(), now).toSeconds()));
  }
}
