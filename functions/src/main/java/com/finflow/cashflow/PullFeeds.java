package com.finflow.cashflow;

import com.finflow.shared.Caller;
import com.finflow.shared.failure.Failure;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Pulls every active feed: its companies and rates first (again only when they changed), then each
 * source's pages in order, each page queued for ingestion as one batch whose id is derived from the
 * feed, the source and the page's cursor, so that a page pulled twice is applied once. A cursor
 * moves only after its page is queued; a lease keeps two runs off one feed, and a run that dies
 * leaves it to expire. Upstream failures are retried with exponential backoff and full jitter
 * within the run's deadline.
 */
public final class PullFeeds {

  /** How hard to try one upstream request, and how long a run may hold a feed. */
  public record Policy(Duration base, Duration cap, int maxAttempts, Duration leaseTtl) {}

  /** How one feed's pull ended. */
  public record Outcome(
      FeedRegistry.FeedRef feed,
      int pages,
      int rows,
      long retries,
      Optional<String> error,
      long lagSeconds) {}

  private static final Duration SPARE = Duration.ofSeconds(5);

  private final FeedRegistry feeds;
  private final FeedUpstream upstream;
  private final RegisterCompany registerCompany;
  private final PutExchangeRate putExchangeRate;
  private final BatchQueue queue;
  private final Clock clock;
  private final Policy policy;

  public PullFeeds(
      FeedRegistry feeds,
      FeedUpstream upstream,
      RegisterCompany registerCompany,
      PutExchangeRate putExchangeRate,
      BatchQueue queue,
      Clock clock,
      Policy policy) {
    this.feeds = feeds;
    this.upstream = upstream;
    this.registerCompany = registerCompany;
    this.putExchangeRate = putExchangeRate;
    this.queue = queue;
    this.clock = clock;
    this.policy = policy;
  }

  /** Pulls each active feed it can lease, until {@code remaining} runs short. */
  public List<Outcome> pullAll(Supplier<Duration> remaining) {
    List<Outcome> outcomes = new ArrayList<>();
    for (FeedRegistry.FeedRef feed : feeds.active()) {
      if (remaining.get().compareTo(SPARE) <= 0) {
        break;
      }
      pull(feed, remaining).ifPresent(outcomes::add);
    }
    return outcomes;
  }

  /** Pulls one feed, or nothing when another run holds it. */
  public Optional<Outcome> pull(FeedRegistry.FeedRef ref, Supplier<Duration> remaining) {
    Optional<FeedRegistry.Lease> leased =
        feeds.lease(ref, UUID.randomUUID().toString(), clock.instant(), policy.leaseTtl());
    if (leased.isEmpty()) {
      return Optional.empty();
    }
    FeedRegistry.Lease lease = leased.get();
    AtomicLong retries = new AtomicLong();
    int pages = 0;
    int rows = 0;
    Optional<String> error = Optional.empty();
    Feed feed = feeds.find(ref.organizationId(), ref.feedId()).orElseThrow();
    try {
      Retry retry = retryFor(remaining, retries);
      applyReference(feed, lease, retry);
      for (Source source : Source.values()) {
        Optional<String> cursor = Optional.ofNullable(feed.cursors().get(source));
        boolean wasCaughtUp = feed.caughtUp().getOrDefault(source, false);
        while (remaining.get().compareTo(SPARE) > 0) {
          Optional<String> at = cursor.filter(text -> !text.isEmpty());
          FeedPage page =
              Retry.decorateSupplier(retry, () -> upstream.page(feed, source, at)).get();
          send(feed, source, cursor.orElse(""), page);
          String to = page.nextCursor().orElse(cursor.orElse(""));
          boolean caughtUp = page.nextCursor().isEmpty();
          // The last page is pulled again on every run until the upstream serves a next one: count
          // its rows once.
          int counted = caughtUp && wasCaughtUp ? 0 : page.rows().size();
          if (!feeds.advance(lease, source, cursor, to, caughtUp, counted, clock.instant())) {
            throw new FeedUpstream.Failure("another run took the feed over", false);
          }
          pages++;
          rows += counted;
          if (caughtUp) {
            break;
          }
          cursor = Optional.of(to);
          wasCaughtUp = false;
        }
      }
    } catch (FeedUpstream.Failure | Failure e) {
      error = Optional.of(e.getMessage());
    } finally {
      feeds.pulled(lease, clock.instant(), retries.get(), error);
      feeds.release(lease);
    }
    Instant advanced =
        feeds.find(ref.organizationId(), ref.feedId()).map(Feed::lastAdvancedAt).orElseThrow();
    return Optional.of(
        new Outcome(
            ref,
            pages,
            rows,
            retries.get(),
            error,
            Duration.between(advanced, clock.instant()).toSeconds()));
  }

  private void applyReference(Feed feed, FeedRegistry.Lease lease, Retry retry) {
    List<RegisterCompanyCommand> companies =
        Retry.decorateSupplier(retry, () -> upstream.companies(feed)).get();
    List<ExchangeRate> rates = Retry.decorateSupplier(retry, () -> upstream.rates(feed)).get();
    String digest = digest(companies, rates);
    if (feed.referenceDigest().filter(digest::equals).isPresent()) {
      return;
    }
    Caller feedCaller = new Caller("feed:" + feed.feedId(), feed.organizationId(), Caller.ADMIN);
    companies.forEach(company -> registerCompany.register(feedCaller, company));
    rates.forEach(rate -> putExchangeRate.put(feedCaller, rate));
    feeds.referenceApplied(lease, digest);
  }

  /** A page as batches of at most {@link Batch#MAX_ROWS} rows, ids derived from where it came. */
  private void send(Feed feed, Source source, String cursor, FeedPage page) {
    List<FeedRow> rows = page.rows();
    for (int start = 0, part = 0; start < rows.size(); start += Batch.MAX_ROWS, part++) {
      String batchId =
          "feed:" + feed.feedId() + ":" + source.name() + ":" + shortHash(cursor) + ":" + part;
      queue.send(
          feed.organizationId(),
          new Batch(
              source, batchId, rows.subList(start, Math.min(rows.size(), start + Batch.MAX_ROWS))));
    }
  }

  /** One retry policy for a whole pull, counting its retries and bounded by its deadline. */
  private Retry retryFor(Supplier<Duration> remaining, AtomicLong retries) {
    IntervalBiFunction<Object> backoff =
        (attempt, outcome) -> {
          retries.incrementAndGet();
          long ceiling =
              Math.min(
                  policy.cap().toMillis(), policy.base().toMillis() << Math.min(attempt - 1, 20));
          return ThreadLocalRandom.current().nextLong(ceiling + 1);
        };
    return Retry.of(
        "feed-upstream",
        RetryConfig.custom()
            .maxAttempts(policy.maxAttempts())
            .intervalBiFunction(backoff)
            .retryOnException(
                failure ->
                    failure instanceof FeedUpstream.Failure upstreamFailure
                        && upstreamFailure.retryable()
                        && remaining.get().compareTo(SPARE.plus(policy.cap())) > 0)
            .failAfterMaxAttempts(false)
            .build());
  }

  private static String digest(List<RegisterCompanyCommand> companies, List<ExchangeRate> rates) {
    // In a fixed order: a Map.copyOf iterates in an order that differs between JVMs.
    StringBuilder text = new StringBuilder();
    companies.forEach(
        company ->
            text.append(company.companyId())
                .append('|')
                .append(company.name())
                .append('|')
                .append(company.owner())
                .append('|')
                .append(company.ibans())
                .append('|')
                .append(new TreeMap<>(company.openingBalances()))
                .append('\n'));
    rates.forEach(rate -> text.append(rate).append('\n'));
    return sha256(text.toString());
  }

  // A cursor is the upstream's text, of any length: the batch id holds its digest.
  private static String shortHash(String cursor) {
    return sha256(cursor).substring(0, 32);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
