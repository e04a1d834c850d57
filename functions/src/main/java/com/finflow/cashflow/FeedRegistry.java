package com.finflow.cashflow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Registered feeds and their progress. */
public interface FeedRegistry {

  /**
   * Creates the feed, or changes its address, kind and API key; its progress stays. Answers whether
   * it is new.
   */
  boolean register(
      String organizationId,
      String feedId,
      String baseUrl,
      String kind,
      Optional<String> apiKeySecret,
      Instant at);

  Optional<Feed> find(String organizationId, String feedId);

  /** Answers false when there is no such feed. */
  boolean paused(String organizationId, String feedId, boolean paused);

  /** Every feed of every organization that is not paused, as (organization, feed) ids. */
  List<FeedRef> active();

  /**
   * Takes the feed's lease for {@code ttl} unless another holder's lease is still running: a run
   * that dies leaves it to expire.
   */
  Optional<Lease> lease(FeedRef feed, String holder, Instant now, Duration ttl);

  void release(Lease lease);

  /**
   * Moves a source's cursor from {@code from} to {@code to} and counts the page, if the cursor is
   * still {@code from} and the lease still held: false otherwise (another run moved it).
   */
  boolean advance(
      Lease lease,
      Source source,
      Optional<String> from,
      String to,
      boolean caughtUp,
      int rows,
      Instant at);

  /** Records that the upstream's companies and rates with this digest were applied. */
  void referenceApplied(Lease lease, String digest);

  /** Records how a pull ended: its retries, and the error when it failed. */
  void pulled(Lease lease, Instant at, long retries, Optional<String> error);

  record FeedRef(String organizationId, String feedId) {}

  record Lease(FeedRef feed, String holder, Instant until) {}
}
