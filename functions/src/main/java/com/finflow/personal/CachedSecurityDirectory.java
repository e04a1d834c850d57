package com.finflow.personal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The securities the price source knows, asked once and kept: a security for a week (a name or a
 * listing rarely changes), a search's answer for a day. Each security a search finds is kept too,
 * so a holding created from a search result costs no second call.
 */
public final class CachedSecurityDirectory implements SecurityDirectory {

  static final Duration CARD_FRESHNESS = Duration.ofDays(7);
  static final Duration SEARCH_FRESHNESS = Duration.ofDays(1);
  static final int MAX_RESULTS = 25;

  private final PriceSource source;
  private final SecurityCards cards;
  private final Clock clock;

  public CachedSecurityDirectory(PriceSource source, SecurityCards cards, Clock clock) {
    this.source = source;
    this.cards = cards;
    this.clock = clock;
  }

  @Override
  public Optional<Security> find(String symbol) {
    Instant now = clock.instant();
    Optional<Security> kept = cards.card(symbol, now);
    if (kept.isPresent()) {
      return kept;
    }
    Optional<Security> found = source.find(symbol);
    found.ifPresent(security -> cards.keepCard(security, now.plus(CARD_FRESHNESS)));
    return found;
  }

  @Override
  public List<Security> search(String words) {
    String normalized = normalize(words);
    Instant now = clock.instant();
    Optional<List<Security>> kept = cards.search(normalized, now);
    if (kept.isPresent()) {
      return kept.get();
    }
    List<Security> found = source.search(normalized).stream().limit(MAX_RESULTS).toList();
    cards.keepSearch(normalized, found, now.plus(SEARCH_FRESHNESS));
    found.forEach(security -> cards.keepCard(security, now.plus(CARD_FRESHNESS)));
    return found;
  }

  /** Searches differing only in case or spacing share one answer. */
  static String normalize(String words) {
    return String.join(" ", words.strip().toLowerCase(Locale.ROOT).split("\\s+"));
  }
}
