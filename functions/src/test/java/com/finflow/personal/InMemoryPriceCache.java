package com.finflow.personal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The price and security cache in memory, for use-case tests; claims are atomic per month. */
public final class InMemoryPriceCache implements PriceMonths, SecurityCards {

  private record Entry(
      Optional<PriceMonth> month, Optional<String> claimant, Instant claimedUntil) {}

  private record Kept<T>(T value, Instant freshUntil) {}

  private final Map<String, Entry> months = new ConcurrentHashMap<>();
  private final Map<String, Instant> watched = new ConcurrentHashMap<>();
  private final Map<String, Kept<Security>> cards = new ConcurrentHashMap<>();
  private final Map<String, Kept<List<Security>>> searches = new ConcurrentHashMap<>();

  private static String key(String symbol, YearMonth month) {
    return symbol.toUpperCase(Locale.ROOT) + "#" + month;
  }

  @Override
  public Map<YearMonth, PriceMonth> read(String symbol, Collection<YearMonth> asked) {
    Map<YearMonth, PriceMonth> kept = new HashMap<>();
    for (YearMonth month : asked) {
      Entry entry = months.get(key(symbol, month));
      if (entry != null && entry.month().isPresent()) {
        kept.put(month, entry.month().get());
      }
    }
    return kept;
  }

  @Override
  public boolean claim(
      String symbol,
      YearMonth month,
      String claimant,
      Instant now,
      Instant until,
      boolean evenIfFresh) {
    boolean[] won = {false};
    months.compute(
        key(symbol, month),
        (key, entry) -> {
          boolean unclaimed = entry == null || !entry.claimedUntil().isAfter(now);
          boolean stale =
              entry == null || entry.month().isEmpty() || !entry.month().get().freshAt(now);
          if (unclaimed && (evenIfFresh || stale)) {
            won[0] = true;
            return new Entry(
                entry == null ? Optional.empty() : entry.month(), Optional.of(claimant), until);
          }
          return entry;
        });
    return won[0];
  }

  @Override
  public void keep(String symbol, YearMonth month, List<DailyBar> bars, Instant freshUntil) {
    months.put(
        key(symbol, month),
        new Entry(
            Optional.of(new PriceMonth(List.copyOf(bars), freshUntil)),
            Optional.empty(),
            Instant.EPOCH));
  }

  @Override
  public void release(String symbol, YearMonth month, String claimant) {
    months.computeIfPresent(
        key(symbol, month),
        (key, entry) ->
            entry.claimant().equals(Optional.of(claimant))
                ? new Entry(entry.month(), Optional.empty(), Instant.EPOCH)
                : entry);
  }

  @Override
  public void watch(String symbol, Instant usedAt) {
    watched.put(symbol, usedAt);
  }

  @Override
  public List<String> watched(Instant since) {
    List<String> symbols = new ArrayList<>();
    watched.forEach(
        (symbol, usedAt) -> {
          if (!usedAt.isBefore(since)) {
            symbols.add(symbol);
          }
        });
    return symbols;
  }

  @Override
  public Optional<Security> card(String symbol, Instant now) {
    return fresh(cards.get(symbol.toUpperCase(Locale.ROOT)), now);
  }

  @Override
  public void keepCard(Security security, Instant freshUntil) {
    cards.put(security.symbol().toUpperCase(Locale.ROOT), new Kept<>(security, freshUntil));
  }

  @Override
  public Optional<List<Security>> search(String words, Instant now) {
    return fresh(searches.get(words), now);
  }

  @Override
  public void keepSearch(String words, List<Security> found, Instant freshUntil) {
    searches.put(words, new Kept<>(List.copyOf(found), freshUntil));
  }

  private static <T> Optional<T> fresh(Kept<T> kept, Instant now) {
    return kept != null && now.isBefore(kept.freshUntil())
        ? Optional.of(kept.value())
        : Optional.empty();
  }
}
