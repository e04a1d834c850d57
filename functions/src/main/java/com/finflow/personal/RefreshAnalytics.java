package com.finflow.personal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Brings a user's analytics view up to a write: reads every transaction of the user, converts each
 * once into the primary currency (at the rate {@code GET /currencies/{code}/rates} publishes for
 * its own day in the user's time zone, half-even to the minor unit) and keeps the sums per day,
 * account and category as a new generation. Recomputing from the transactions rather than applying
 * deltas makes a redelivered, reordered or lost request harmless: any later refresh repairs all.
 */
public final class RefreshAnalytics {

  private static final int PAGE = 500;

  private final Transactions transactions;
  private final Profiles profiles;
  private final ReferenceRates rates;
  private final AnalyticsViews views;
  private final WriteMarks marks;

  public RefreshAnalytics(
      Transactions transactions,
      Profiles profiles,
      ReferenceRates rates,
      AnalyticsViews views,
      WriteMarks marks) {
    this.transactions = transactions;
    this.profiles = profiles;
    this.rates = rates;
    this.views = views;
    this.marks = marks;
  }

  /** False when the view already reflects the write (nothing done). */
  public boolean refresh(String userId, Instant writtenAt) {
    Profile profile = profiles.find(userId).orElse(Profile.DEFAULT);
    Optional<ViewHead> head = views.head(userId);
    if (head.isPresent()
        && head.get().asOf().isAfter(writtenAt)
        && head.get().profile().equals(profile)) {
      return false;
    }
    // Read before the transactions: the view claims no write later than the mark it read.
    Instant asOf =
        marks.lastWrite(userId).filter(mark -> mark.isAfter(writtenAt)).orElse(writtenAt);
    List<ViewEntry> entries = fold(userId, profile);
    return views.replace(
        userId,
        new ViewHead(profile, asOf, asOf.toEpochMilli() + "-" + UUID.randomUUID()),
        entries);
  }

  private List<ViewEntry> fold(String userId, Profile profile) {
    String currency = profile.primaryCurrency();
    int scale = Currencies.of(currency).orElseThrow().minorUnits();
    Map<LocalDate, DailyRates> publications = new HashMap<>();
    Map<List<Object>, ViewEntry> entries = new LinkedHashMap<>();
    Optional<String> after = Optional.empty();
    do {
      TransactionPage page = transactions.page(userId, TransactionFilter.NONE, after, PAGE);
      for (Transaction transaction : page.items()) {
        LocalDate day =
            transaction.occurredAt().atZoneSameInstant(profile.timeZone()).toLocalDate();
        BigDecimal rate = rate(transaction.currency(), currency, day, publications);
        long minor =
            transaction
                .amount()
                .multiply(rate)
                .setScale(scale, RoundingMode.HALF_EVEN)
                .unscaledValue()
                .longValueExact();
        List<Object> key = List.of(day, transaction.accountId(), transaction.category());
        ViewEntry entry =
            entries.getOrDefault(
                key,
                new ViewEntry(day, transaction.accountId(), transaction.category(), 0, 0, 0, 0));
        entries.put(key, entry.plus(transaction.direction(), minor));
      }
      after = page.after();
    } while (after.isPresent());
    return new ArrayList<>(entries.values());
  }

  private BigDecimal rate(
      String from, String to, LocalDate day, Map<LocalDate, DailyRates> publications) {
    if (from.equals(to)) {
      return BigDecimal.ONE;
    }
    DailyRates publication =
        publications.computeIfAbsent(
            day, d -> rates.latestOnOrBefore(d).orElseThrow(() -> new NoRatesForDate(from, d)));
    return CrossRates.rate(from, to, publication).orElseThrow(() -> new NoRatesForDate(from, day));
  }
}
