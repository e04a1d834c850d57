package com.finflow.cashflow;

import com.finflow.shared.Caller;
import java.time.Clock;
import java.util.Optional;

/**
 * Registers an upstream feed for the caller's organization (admins only), or changes its address
 * and API key; how far it has been pulled stays. The key goes to the secret store, never to the
 * table or an answer.
 */
public final class RegisterFeed {

  private final FeedRegistry feeds;
  private final FeedSecrets secrets;
  private final Clock clock;

  public RegisterFeed(FeedRegistry feeds, FeedSecrets secrets, Clock clock) {
    this.feeds = feeds;
    this.secrets = secrets;
    this.clock = clock;
  }

  /** The feed as registered, and whether it is new. */
  public record Registered(FeedView feed, boolean created) {}

  public Registered register(Caller caller, RegisterFeedCommand command) {
    caller.requireAdmin();
    String organizationId = caller.organizationId();
    Optional<String> secret =
        command.apiKey().map(key -> secrets.store(organizationId, command.feedId(), key));
    boolean created =
        feeds.register(
            organizationId,
            command.feedId(),
            command.baseUrl(),
            command.kind(),
            secret,
            clock.instant());
    Feed feed = feeds.find(organizationId, command.feedId()).orElseThrow();
    return new Registered(FeedView.of(feed, clock.instant()), created);
  }
}
