package com.finflow.personal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /me/analytics}: the user's figures from their analytics view, with when it was last
 * brought up to date and whether it reflects every write. A view stale for longer than a refresh
 * takes (its request lost to a crash) is asked for again.
 */
public final class GetAnalytics {

  static final Duration REPAIR_AFTER = Duration.ofSeconds(30);

  private final Profiles profiles;
  private final AnalyticsViews views;
  private final WriteMarks marks;
  private final RefreshRequests requests;
  private final Clock clock;

  public GetAnalytics(
      Profiles profiles,
      AnalyticsViews views,
      WriteMarks marks,
      RefreshRequests requests,
      Clock clock) {
    this.profiles = profiles;
    this.views = views;
    this.marks = marks;
    this.requests = requests;
    this.clock = clock;
  }

  public AnalyticsReport report(String userId, AnalyticsQuery query) {
    Profile profile = profiles.find(userId).orElse(Profile.DEFAULT);
    Optional<Instant> lastWrite = marks.lastWrite(userId);
    Optional<ViewHead> head = views.head(userId);
    boolean fresh =
        lastWrite.isEmpty()
            || head.map(
                    view ->
                        !view.asOf().isBefore(lastWrite.get()) && view.profile().equals(profile))
                .orElse(false);
    if (!fresh && lastWrite.get().isBefore(clock.instant().minus(REPAIR_AFTER))) {
      requests.request(userId, lastWrite.get());
    }
    List<ViewEntry> entries =
        head.map(view -> views.entries(userId, view, query.from(), query.to())).orElse(List.of());
    return AnalyticsFold.report(
        query,
        head.map(view -> view.profile().primaryCurrency()).orElse(profile.primaryCurrency()),
        head.map(ViewHead::asOf),
        fresh,
        head.map(ViewHead::unconverted).orElse(0L),
        entries);
  }
}
