package com.finflow.personal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * account and category as a new generation. A transaction no published rate converts (dated before
 * the first publication) is counted apart rather than failing the refresh. Recomputing from the
 * transactions rather than applying deltas makes a redelivered, reordered or lost request harmless:
 * any later refresh repairs all.
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
    // A write is marked after it is stored, so a view built after reading a mark holds that write.
    if (head.isPresent()
        && !head.get().asOf().isBefore(writtenAt)
        && head.get().profile().equals(profile)) {
      return false;
    }
    // Read before the transactions (strongly consistent): the view claims no later write.
    Instant asOf =
        marks.lastWrite(userId).filter(mark -> mark.isAfter(writtenAt)).orElse(writtenAt);
    Fold fold = fold(userId, profile);
    return views.replace(
        userId,
        new ViewHead(
            profile, asOf, asOf.toEpochMilli() + "-" + UUID.randomUUID(), fold.unconverted()),
        fold.entries());
  }

  private record Fold(List<ViewEntry> entries, long unconverted) {}

  private Fold fold(String userId, Profile profile) {
    String currency = profile.primaryCurrency();
    int scale = Currencies.of(currency).orElseThrow().minorUnits();
    Map<YearMonth, RatesOfMonth> months = new HashMap<>();
    Map<List<Object>, ViewEntry> entries = new LinkedHashMap<>();
    long unconverted = 0;
    Optional<String> after = Optional.empty();
    do {
      TransactionPage page = transactions.page(userId, TransactionFilter.NONE, after, PAGE);
      for (Transaction transaction : page.items()) {
        LocalDate day =
            transaction.occurredAt().atZoneSameInstant(profile.timeZone()).toLocalDate();
        Optional<BigDecimal> rate = rate(transaction.currency(), currency, day, months);
        if (rate.isEmpty()) {
          unconverted++;
          continue;
        }
        BigInteger minor =
            transaction
                .amount()
                .multiply(rate.get())
                .setScale(scale, RoundingMode.HALF_EVEN)
                .unscaledValue();
        List<Object> key = List.of(day, transaction.accountId(), transaction.category());
        ViewEntry entry =
            entries.getOrDefault(
                key, ViewEntry.empty(day, transaction.accountId(), transaction.category()));
        entries.put(key, entry.plus(transaction.direction(), minor));
      }
      after = page.after();
    } while (after.isPresent());
    return new Fold(new ArrayList<>(entries.values()), unconverted);
  }

  /** Empty when no publication on or before the day rates both currencies. */
  private Optional<BigDecimal> rate(
      String from, String to, LocalDate day, Map<YearMonth, RatesOfMonth> months) {
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    // One read per month of transactions, not per day.
    return months
        .computeIfAbsent(YearMonth.from(day), rates::month)
        .latestOnOrBefore(day)
        .flatMap(publication -> CrossRates.rate(from, to, publication));
  }
}
