package com.finflow.cashflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The feeds store in memory, with the conditions of the DynamoDB one. */
public final class InMemoryFeedRegistry implements FeedRegistry {

  private final Map<FeedRef, Feed> feeds = new LinkedHashMap<>();
  private final Map<FeedRef, Lease> leases = new LinkedHashMap<>();

  @Override
  public synchronized boolean register(
      String organizationId,
      String feedId,
      String baseUrl,
      String kind,
      Optional<String> apiKeySecret,
      Instant at) {
    FeedRef ref = new FeedRef(organizationId, feedId);
    Feed current = feeds.get(ref);
    Draft draft = current == null ? new Draft(organizationId, feedId, at) : new Draft(current);
    draft.baseUrl = baseUrl;
    draft.kind = kind;
    draft.apiKeySecret = apiKeySecret.or(() -> draft.apiKeySecret);
    feeds.put(ref, draft.feed());
    return current == null;
  }

  @Override
  public synchronized Optional<Feed> find(String organizationId, String feedId) {
    return Optional.ofNullable(feeds.get(new FeedRef(organizationId, feedId)));
  }

  @Override
  public synchronized boolean paused(String organizationId, String feedId, boolean paused) {
    FeedRef ref = new FeedRef(organizationId, feedId);
    if (!feeds.containsKey(ref)) {
      return false;
    }
    change(ref, draft -> draft.paused = paused);
    return true;
  }

  @Override
  public synchronized List<FeedRef> active() {
    List<FeedRef> active = new ArrayList<>();
    feeds.forEach(
        (ref, feed) -> {
          if (!feed.paused()) {
            active.add(ref);
          }
        });
    return active;
  }

  @Override
  public synchronized Optional<Lease> lease(
      FeedRef feed, String holder, Instant now, Duration ttl) {
    Lease held = leases.get(feed);
    if (!feeds.containsKey(feed) || (held != null && !held.until().isBefore(now))) {
      return Optional.empty();
    }
    Lease lease = new Lease(feed, holder, now.plus(ttl));
    leases.put(feed, lease);
    return Optional.of(lease);
  }

  @Override
  public synchronized void release(Lease lease) {
    Lease held = leases.get(lease.feed());
    if (held != null && held.holder().equals(lease.holder())) {
      leases.remove(lease.feed());
    }
  }

  @Override
  public synchronized boolean advance(
      Lease lease,
      Source source,
      Optional<String> from,
      String to,
      boolean caughtUp,
      int rows,
      Instant at) {
    Lease held = leases.get(lease.feed());
    Feed feed = feeds.get(lease.feed());
    if (held == null
        || !held.holder().equals(lease.holder())
        || !Optional.ofNullable(feed.cursors().get(source)).equals(from)) {
      return false;
    }
    change(
        lease.feed(),
        draft -> {
          draft.cursors.put(source, to);
          draft.caughtUp.put(source, caughtUp);
          draft.rowsPulled += rows;
          draft.pagesPulled++;
          if (from.filter(to::equals).isEmpty() || caughtUp) {
            draft.lastAdvancedAt = at;
          }
        });
    return true;
  }

  @Override
  public synchronized void referenceApplied(Lease lease, String digest) {
    change(lease.feed(), draft -> draft.referenceDigest = Optional.of(digest));
  }

  @Override
  public synchronized void pulled(Lease lease, Instant at, long retries, Optional<String> error) {
    change(
        lease.feed(),
        draft -> {
          if (error.isEmpty()) {
            draft.lastSuccessAt = Optional.of(at);
          }
          draft.lastError = error.map(detail -> new Feed.FeedError(at, detail));
          draft.retries += retries;
        });
  }

  private void change(FeedRef ref, java.util.function.Consumer<Draft> edit) {
    Draft draft = new Draft(feeds.get(ref));
    edit.accept(draft);
    feeds.put(ref, draft.feed());
  }

  /** A feed being changed: one place that copies every field. */
  private static final class Draft {
    private final String organizationId;
    private final String feedId;
    private String baseUrl = "";
    private String kind = "";
    private Optional<String> apiKeySecret = Optional.empty();
    private boolean paused;
    private final Map<Source, String> cursors = new EnumMap<>(Source.class);
    private final Map<Source, Boolean> caughtUp = new EnumMap<>(Source.class);
    private Optional<String> referenceDigest = Optional.empty();
    private Optional<Instant> lastSuccessAt = Optional.empty();
    private Optional<Feed.FeedError> lastError = Optional.empty();
    private long rowsPulled;
    private long pagesPulled;
    private long retries;
    private Instant lastAdvancedAt;

    Draft(String organizationId, String feedId, Instant registeredAt) {
      this.organizationId = organizationId;
      this.feedId = feedId;
      this.lastAdvancedAt = registeredAt;
    }

    Draft(Feed feed) {
      this(feed.organizationId(), feed.feedId(), feed.lastAdvancedAt());
      baseUrl = feed.baseUrl();
      kind = feed.kind();
      apiKeySecret = feed.apiKeySecret();
      paused = feed.paused();
      cursors.putAll(feed.cursors());
      caughtUp.putAll(feed.caughtUp());
      referenceDigest = feed.referenceDigest();
      lastSuccessAt = feed.lastSuccessAt();
      lastError = feed.lastError();
      rowsPulled = feed.rowsPulled();
      pagesPulled = feed.pagesPulled();
      retries = feed.retries();
    }

    Feed feed() {
      return new Feed(
          organizationId,
          feedId,
          baseUrl,
          kind,
          apiKeySecret,
          paused,
          cursors,
          caughtUp,
          referenceDigest,
          lastSuccessAt,
          lastError,
          rowsPulled,
          pagesPulled,
          retries,
          lastAdvancedAt);
    }
  }
}
