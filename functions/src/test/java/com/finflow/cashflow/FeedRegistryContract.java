package com.finflow.cashflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every feeds store keeps: one lease holder at a time, cursors that only move once. */
public abstract class FeedRegistryContract {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final FeedRegistry.FeedRef FEED = new FeedRegistry.FeedRef("org-1", "cdm-main");

  private FeedRegistry feeds;

  protected abstract FeedRegistry newFeeds();

  @BeforeEach
  void aRegisteredFeed() {
    feeds = newFeeds();
    assertThat(
            feeds.register(
                "org-1", "cdm-main", "https://data.example.com", "cdm", Optional.empty(), NOW))
        .isTrue();
  }

  @Test
  void registeringAgainChangesTheAddressAndKeepsTheProgress() {
    FeedRegistry.Lease lease = feeds.lease(FEED, "run-1", NOW, Duration.ofMinutes(1)).orElseThrow();
    feeds.advance(lease, Source.SEPA, Optional.empty(), "p2", false, 10, NOW);

    boolean created =
        feeds.register(
            "org-1", "cdm-main", "https://other.example.com", "cdm", Optional.of("secret"), NOW);

    Feed feed = feeds.find("org-1", "cdm-main").orElseThrow();
    assertThat(created).isFalse();
    assertThat(feed.baseUrl()).isEqualTo("https://other.example.com");
    assertThat(feed.apiKeySecret()).contains("secret");
    assertThat(feed.cursors()).containsEntry(Source.SEPA, "p2");
    assertThat(feed.rowsPulled()).isEqualTo(10);
  }

  @Test
  void oneRunHoldsTheLeaseUntilItIsReleasedOrExpires() {
    Optional<FeedRegistry.Lease> first = feeds.lease(FEED, "run-1", NOW, Duration.ofMinutes(1));
    Optional<FeedRegistry.Lease> second =
        feeds.lease(FEED, "run-2", NOW.plusSeconds(30), Duration.ofMinutes(1));
    Optional<FeedRegistry.Lease> afterExpiry =
        feeds.lease(FEED, "run-3", NOW.plusSeconds(61), Duration.ofMinutes(1));

    assertThat(first).isPresent();
    assertThat(second).isEmpty();
    assertThat(afterExpiry).isPresent();
    feeds.release(first.get());
    assertThat(feeds.lease(FEED, "run-4", NOW.plusSeconds(62), Duration.ofMinutes(1)))
        .as("the first run's release does not free the third run's lease")
        .isEmpty();
    feeds.release(afterExpiry.get());
    assertThat(feeds.lease(FEED, "run-5", NOW.plusSeconds(63), Duration.ofMinutes(1))).isPresent();
  }

  @Test
  void aCursorMovesOnlyFromWhereItIsAndOnlyForTheLeaseHolder() {
    FeedRegistry.Lease stale = feeds.lease(FEED, "run-1", NOW, Duration.ofSeconds(1)).orElseThrow();
    FeedRegistry.Lease lease =
        feeds.lease(FEED, "run-2", NOW.plusSeconds(2), Duration.ofMinutes(1)).orElseThrow();

    assertThat(feeds.advance(stale, Source.SWIFT, Optional.empty(), "p2", false, 5, NOW)).isFalse();
    assertThat(feeds.advance(lease, Source.SWIFT, Optional.empty(), "p2", false, 5, NOW)).isTrue();
    assertThat(feeds.advance(lease, Source.SWIFT, Optional.empty(), "p2", false, 5, NOW))
        .as("a second move from the first page")
        .isFalse();
    assertThat(
            feeds.advance(
                lease, Source.SWIFT, Optional.of("p2"), "p2", false, 0, NOW.plusSeconds(5)))
        .isTrue();
    Instant afterStandingStill = feeds.find("org-1", "cdm-main").orElseThrow().lastAdvancedAt();
    assertThat(
            feeds.advance(
                lease, Source.SWIFT, Optional.of("p2"), "p2", true, 0, NOW.plusSeconds(9)))
        .isTrue();

    Feed feed = feeds.find("org-1", "cdm-main").orElseThrow();
    assertThat(feed.cursors()).containsEntry(Source.SWIFT, "p2");
    assertThat(feed.caughtUp()).containsEntry(Source.SWIFT, true);
    assertThat(feed.rowsPulled()).isEqualTo(5);
    assertThat(feed.pagesPulled()).isEqualTo(3);
    assertThat(afterStandingStill)
        .as("a cursor that stands still without reaching the end does not restart the lag")
        .isEqualTo(NOW);
    assertThat(feed.lastAdvancedAt())
        .as("a source found caught up is not late")
        .isEqualTo(NOW.plusSeconds(9));
  }

  @Test
  void aPausedFeedIsNotActiveAndAnUnknownOneCannotBePaused() {
    assertThat(feeds.active()).containsExactly(FEED);

    assertThat(feeds.paused("org-1", "cdm-main", true)).isTrue();
    assertThat(feeds.active()).isEmpty();
    assertThat(feeds.paused("org-1", "nope", true)).isFalse();
    assertThat(feeds.paused("org-2", "cdm-main", true)).isFalse();
    assertThat(feeds.paused("org-1", "cdm-main", false)).isTrue();
    assertThat(feeds.active()).containsExactly(FEED);
  }

  @Test
  void aPullRecordsItsErrorUntilASuccessClearsIt() {
    FeedRegistry.Lease lease = feeds.lease(FEED, "run-1", NOW, Duration.ofMinutes(1)).orElseThrow();

    feeds.pulled(lease, NOW, 3, Optional.of("GET /sepa answered 503"));
    Feed failed = feeds.find("org-1", "cdm-main").orElseThrow();
    feeds.pulled(lease, NOW.plusSeconds(60), 1, Optional.empty());
    Feed recovered = feeds.find("org-1", "cdm-main").orElseThrow();

    assertThat(failed.lastError()).map(Feed.FeedError::detail).contains("GET /sepa answered 503");
    assertThat(recovered.lastError()).isEmpty();
    assertThat(recovered.lastSuccessAt()).contains(NOW.plusSeconds(60));
    assertThat(recovered.retries()).isEqualTo(4);
  }
}
