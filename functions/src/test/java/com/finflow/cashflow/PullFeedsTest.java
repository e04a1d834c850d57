package com.finflow.cashflow;

import static com.finflow.cashflow.CashflowPorts.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scheduled pull on the fakes: order, exactly-once queueing, retries, leases. */
class PullFeedsTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final FeedRegistry.FeedRef FEED = new FeedRegistry.FeedRef("org-1", "cdm-main");
  private static final Duration PLENTY = Duration.ofMinutes(5);

  private final InMemoryCashflow store = new InMemoryCashflow();
  private final InMemoryFeedRegistry feeds = new InMemoryFeedRegistry();
  private final FakeUpstream upstream =
      new FakeUpstream(
          Map.of(
              Source.SEPA,
              List.of(
                  List.of(
                      row(
                          "s1",
                          CashflowContract.ES_B,
                          CashflowContract.DE_A,
                          "10.00",
                          "EUR",
                          "2024-01-02T10:00:00Z")),
                  List.of(
                      row(
                          "s2",
                          CashflowContract.DE_A,
                          CashflowContract.ES_B,
                          "3.00",
                          "EUR",
                          "2024-01-07T10:00:00Z"),
                      row(
                          "s3",
                          CashflowContract.DE_A,
                          CashflowContract.ES_B,
                          "4.00",
                          "EUR",
                          "2024-01-08T10:00:00Z"))),
              Source.SWIFT,
              List.of(
                  List.of(
                      row(
                          "w1",
                          CashflowContract.GB_UNKNOWN,
                          CashflowContract.DE_A,
                          "100",
                          "USD",
                          "2024-01-03T10:00:00Z")))));
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final PullFeeds pull =
      new PullFeeds(
          feeds,
          upstream,
          new RegisterCompany(store.companies),
          new PutExchangeRate(store.rates, store, (organization, currency, from) -> {}),
          store.queues,
          clock,
          new PullFeeds.Policy(Duration.ZERO, Duration.ZERO, 4, Duration.ofMinutes(15)));

  @BeforeEach
  void aFeed() {
    feeds.register("org-1", "cdm-main", "https://data.example.com", "cdm", Optional.empty(), NOW);
  }

  @Test
  void registersCompaniesAndRatesThenQueuesEveryPageInOrderWithIdsDerivedFromTheFeedAndCursor() {
    PullFeeds.Outcome outcome = pull.pull(FEED, () -> PLENTY).orElseThrow();

    assertThat(store.companies.find("org-1", "acme")).isPresent();
    assertThat(store.rates.all("org-1")).extracting(ExchangeRate::currency).containsExactly("USD");
    assertThat(upstream.requests)
        .containsExactly("company_info", "exchange_rates", "SEPA@start", "SEPA@1", "SWIFT@start");
    assertThat(store.queues.queued)
        .extracting(Batch::source)
        .containsExactly(Source.SEPA, Source.SEPA, Source.SWIFT);
    assertThat(store.queues.queued)
        .extracting(batch -> batch.rows().size())
        .containsExactly(1, 2, 1);
    assertThat(store.queues.queued)
        .extracting(Batch::batchId)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("feed:cdm-main:"));
    assertThat(outcome.rows()).isEqualTo(4);
    assertThat(outcome.error()).isEmpty();
    Feed feed = feeds.find("org-1", "cdm-main").orElseThrow();
    assertThat(feed.caughtUp()).containsEntry(Source.SEPA, true).containsEntry(Source.SWIFT, true);
    assertThat(feed.rowsPulled()).isEqualTo(4);
    assertThat(feed.lastSuccessAt()).contains(NOW);
  }

  @Test
  void aSecondRunPullsOnlyTheLastPagesAgainAndCountsNothingTwice() {
    pull.pull(FEED, () -> PLENTY);
    List<String> firstIds = store.queues.queued.stream().map(Batch::batchId).toList();
    upstream.requests.clear();

    PullFeeds.Outcome again = pull.pull(FEED, () -> PLENTY).orElseThrow();

    assertThat(upstream.requests)
        .as("companies and rates unchanged: not applied again, but read to know it")
        .containsExactly("company_info", "exchange_rates", "SEPA@1", "SWIFT@start");
    assertThat(again.rows()).isZero();
    assertThat(feeds.find("org-1", "cdm-main").orElseThrow().rowsPulled()).isEqualTo(4);
    assertThat(store.queues.queued.subList(firstIds.size(), store.queues.queued.size()))
        .extracting(Batch::batchId)
        .as("the last pages are queued again under the same ids, so ingestion applies them once")
        .allMatch(firstIds::contains);
  }

  @Test
  void retriesWhatTheUpstreamFailsToAnswerAndCountsTheRetries() {
    upstream.failures.add(new FeedUpstream.Failure("GET /company_info answered 503", true));
    upstream.failures.add(new FeedUpstream.Failure("GET /company_info failed: EOFException", true));

    PullFeeds.Outcome outcome = pull.pull(FEED, () -> PLENTY).orElseThrow();

    assertThat(outcome.error()).isEmpty();
    assertThat(outcome.retries()).isEqualTo(2);
    assertThat(outcome.rows()).isEqualTo(4);
  }

  @Test
  void aRefusalStopsThePullRecordsItAndMovesNoCursor() {
    upstream.failures.add(new FeedUpstream.Failure("GET /company_info answered 401", false));

    PullFeeds.Outcome outcome = pull.pull(FEED, () -> PLENTY).orElseThrow();

    assertThat(outcome.error()).contains("GET /company_info answered 401");
    assertThat(store.queues.queued).isEmpty();
    Feed feed = feeds.find("org-1", "cdm-main").orElseThrow();
    assertThat(feed.cursors()).isEmpty();
    assertThat(feed.lastError())
        .map(Feed.FeedError::detail)
        .contains("GET /company_info answered 401");
    assertThat(feeds.lease(FEED, "next", NOW, Duration.ofMinutes(1)))
        .as("the lease was released")
        .isPresent();
  }

  @Test
  void aFeedAnotherRunHoldsIsLeftAloneAndAPausedOneIsNotPulled() {
    FeedRegistry.Lease other =
        feeds.lease(FEED, "other-run", NOW, Duration.ofMinutes(15)).orElseThrow();

    assertThat(pull.pull(FEED, () -> PLENTY)).isEmpty();
    feeds.release(other);
    feeds.paused("org-1", "cdm-main", true);
    assertThat(pull.pullAll(() -> PLENTY)).isEmpty();
    assertThat(upstream.requests).isEmpty();
  }

  @Test
  void aRunThatDiesAfterQueueingAPageQueuesItAgainUnderTheSameIdAndTheCursorMovesOnce() {
    // The first run dies right after queueing the first SEPA page: its cursor never moved.
    PullFeeds dying =
        new PullFeeds(
            new DyingAfterQueueing(feeds),
            upstream,
            new RegisterCompany(store.companies),
            new PutExchangeRate(store.rates, store, (organization, currency, from) -> {}),
            store.queues,
            clock,
            new PullFeeds.Policy(Duration.ZERO, Duration.ZERO, 4, Duration.ofSeconds(1)));
    try {
      dying.pull(FEED, () -> PLENTY);
    } catch (IllegalStateException died) {
      // the simulated crash
    }
    String queuedBeforeDying = store.queues.queued.getFirst().batchId();

    PullFeeds later =
        new PullFeeds(
            feeds,
            upstream,
            new RegisterCompany(store.companies),
            new PutExchangeRate(store.rates, store, (organization, currency, from) -> {}),
            store.queues,
            Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC),
            new PullFeeds.Policy(Duration.ZERO, Duration.ZERO, 4, Duration.ofMinutes(15)));
    later.pull(FEED, () -> PLENTY).orElseThrow();

    assertThat(store.queues.queued.get(1).batchId()).isEqualTo(queuedBeforeDying);
    assertThat(feeds.find("org-1", "cdm-main").orElseThrow().rowsPulled()).isEqualTo(4);
  }

  /** The store as a run sees it when it dies between queueing a page and moving the cursor. */
  private record DyingAfterQueueing(InMemoryFeedRegistry feeds) implements FeedRegistry {
    @Override
    public boolean register(
        String o, String f, String u, String k, Optional<String> s, Instant at) {
      return feeds.register(o, f, u, k, s, at);
    }

    @Override
    public Optional<Feed> find(String organizationId, String feedId) {
      return feeds.find(organizationId, feedId);
    }

    @Override
    public boolean paused(String organizationId, String feedId, boolean paused) {
      return feeds.paused(organizationId, feedId, paused);
    }

    @Override
    public List<FeedRef> active() {
      return feeds.active();
    }

    @Override
    public Optional<Lease> lease(FeedRef feed, String holder, Instant now, Duration ttl) {
      return feeds.lease(feed, holder, now, ttl);
    }

    @Override
    public void release(Lease lease) {
      // a dead run releases nothing: its lease expires
    }

    @Override
    public boolean advance(
        Lease lease,
        Source source,
        Optional<String> from,
        String to,
        boolean caughtUp,
        int rows,
        Instant at) {
      throw new IllegalStateException("the worker died");
    }

    @Override
    public void referenceApplied(Lease lease, String digest) {
      feeds.referenceApplied(lease, digest);
    }

    @Override
    public void pulled(Lease lease, Instant at, long retries, Optional<String> error) {
      // never reached by a dead run
    }
  }
}
