package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Caller;
import com.finflow.shared.Json;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Analytics from the view equal a plain computation written here, sharing no code with the feature:
 * 10,000 generated transactions in three currencies with offsets all over the world, for a user in
 * São Paulo (primary BRL) and one in Tokyo (primary JPY), for every period kind and windows that
 * cut periods, filter an account or hold nothing.
 */
class AnalyticsTest {

  private static final long SEED = 20261201;
  private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2024, 12, 31);
  private static final List<String> CURRENCIES = List.of("EUR", "USD", "JPY");
  private static final List<String> OFFSETS =
      List.of("Z", "+09:00", "-03:00", "+05:30", "-10:00", "+14:00", "-12:00");
  private static final List<String> CATEGORIES =
      List.of("groceries", "rent", "salary", "travel", "dining", "health");

  private final InMemoryPersonal store = new InMemoryPersonal();
  private final InMemoryAnalytics analytics = new InMemoryAnalytics();
  private final InMemoryReferenceRates rates = new InMemoryReferenceRates();
  private final TreeMap<LocalDate, Map<String, BigDecimal>> published = new TreeMap<>();
  private final Clock clock = Clock.systemUTC();
  private final ViewInvalidation invalidation = new ViewInvalidation(analytics, analytics, clock);
  private final List<String> rateReads = new ArrayList<>();
  private final RefreshAnalytics refresher =
      new RefreshAnalytics(store, store, recordingReads(), analytics, analytics);
  private final GetAnalytics getAnalytics =
      new GetAnalytics(store, analytics, analytics, analytics, clock);

  @Test
  void tenThousandTransactionsGiveWhatAPlainFoldGivesInSaoPauloAndTokyoForEveryPeriod() {
    publishRates();
    System.out.println("analytics known answer: seed " + SEED);
    Caller saoPaulo = new Caller("user-sao-paulo", "org-1", "member");
    Caller tokyo = new Caller("user-tokyo", "org-2", "member");
    List<NewTransaction> generated = generate(new Random(SEED), 10_000);
    for (Caller user : List.of(saoPaulo, tokyo)) {
      new UpdateProfile(store, invalidation)
          .update(
              user,
              new ProfileChange(
                  Optional.of(user == saoPaulo ? "BRL" : "JPY"),
                  Optional.of(ZoneId.of(user == saoPaulo ? "America/Sao_Paulo" : "Asia/Tokyo"))));
      RecordTransaction record = recorder();
      generated.forEach(command -> record.record(user, command));
    }
    deliverRefreshRequests();

    for (Caller user : List.of(saoPaulo, tokyo)) {
      Profile profile = store.find(user.userId()).orElseThrow();
      List<Transaction> all = allTransactions(user.userId());
      assertThat(all).hasSize(10_000);
      for (AnalyticsPeriod period : AnalyticsPeriod.values()) {
        for (PlainAnalytics.Window window :
            List.of(
                new PlainAnalytics.Window(FIRST, LAST, Optional.empty()),
                new PlainAnalytics.Window(
                    LocalDate.of(2023, 3, 15), LocalDate.of(2024, 2, 29), Optional.empty()),
                new PlainAnalytics.Window(
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), Optional.of("savings")),
                new PlainAnalytics.Window(
                    LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 7), Optional.empty()))) {
          AnalyticsReport report =
              getAnalytics.report(
                  user.userId(),
                  new AnalyticsQuery(window.from(), window.to(), period, window.account()));
          JsonNode actual = PlainAnalytics.reread(Json.write(report));
          JsonNode expected = new PlainAnalytics(published).of(all, profile, period, window);
          String label = user.userId() + " " + period + " " + window;
          assertThat(report.fresh()).as(label).isTrue();
          for (String field :
              List.of(
                  "count",
                  "average",
                  "average_credit",
                  "average_debit",
                  "highest_day_by_count",
                  "highest_day_by_amount",
                  "periods",
                  "categories")) {
            assertThat(actual.get(field)).as(label + " " + field).isEqualTo(expected.get(field));
          }
        }
      }
    }
  }

  @Test
  void aWriteMakesTheViewStaleUntilItsRefreshAndAChangedTimeZoneMovesTheDays() {
    publishRates();
    Caller user = new Caller("user-late", "org-1", "member");
    RecordTransaction record = recorder();
    // 23:30 in São Paulo on 1 March is 1 March there, but 2 March in UTC.
    record.record(user, command("10.00", "EUR", "2024-03-01T23:30:00-03:00", "checking", "dining"));
    deliverRefreshRequests();
    AnalyticsQuery march =
        new AnalyticsQuery(
            LocalDate.of(2024, 3, 1),
            LocalDate.of(2024, 3, 2),
            AnalyticsPeriod.DAY,
            Optional.empty());
    assertThat(getAnalytics.report(user.userId(), march).periods().get(1).count()).isEqualTo(1);

    new UpdateProfile(store, invalidation)
        .update(
            user, new ProfileChange(Optional.empty(), Optional.of(ZoneId.of("America/Sao_Paulo"))));
    AnalyticsReport stale = getAnalytics.report(user.userId(), march);
    assertThat(stale.fresh()).isFalse();
    assertThat(stale.periods().get(1).count()).as("still the UTC view").isEqualTo(1);

    deliverRefreshRequests();
    AnalyticsReport fresh = getAnalytics.report(user.userId(), march);
    assertThat(fresh.fresh()).isTrue();
    assertThat(fresh.periods().get(0).count()).isEqualTo(1);
    assertThat(fresh.periods().get(1).count()).isZero();
  }

  @Test
  void aWriteThatFailsNeitherMarksTheUserNorAsksForARefresh() {
    publishRates();
    Caller owner = new Caller("user-owner", "org-1", "member");
    Caller other = new Caller("user-other", "org-1", "admin");
    String id =
        recorder()
            .record(owner, command("5.00", "EUR", "2024-03-01T10:00:00Z", "checking", "food"))
            .id();
    analytics.drain();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new DeleteTransaction(store, invalidation).delete(other, id))
        .isInstanceOf(NoSuchTransaction.class);

    assertThat(analytics.lastWrite(other.userId())).isEmpty();
    assertThat(analytics.drain()).isEmpty();
  }

  @Test
  void aTransactionNoRateConvertsIsCountedApartAndHugeSumsStayExact() {
    publishRates();
    Caller user = new Caller("user-rich", "org-1", "member");
    RecordTransaction record = recorder();
    record.record(user, command("10.00", "USD", "2020-01-01T12:00:00Z", "checking", "old"));
    for (int i = 0; i < 200; i++) {
      record.record(
          user, command("999999999999999.99", "EUR", "2024-01-01T12:00:00Z", "checking", "big"));
    }
    deliverRefreshRequests();

    AnalyticsReport report =
        report(user, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), AnalyticsPeriod.YEAR);

    assertThat(report.unconverted()).isEqualTo(1);
    assertThat(report.count()).isEqualTo(200);
    // 200 × 99,999,999,999,999,999 cents is past a long's range.
    assertThat(report.periods().getLast().out()).isEqualTo("199999999999999998.00");
    assertThat(report.averageDebit()).contains("999999999999999.99");
  }

  @Test
  void aRefreshReadsTheRatesOncePerMonthOfTransactionsRatherThanOncePerDay() {
    publishRates();
    Caller user = new Caller("user-daily", "org-1", "member");
    RecordTransaction record = recorder();
    for (LocalDate day = LocalDate.of(2024, 1, 1);
        day.isBefore(LocalDate.of(2024, 4, 1));
        day = day.plusDays(1)) {
      record.record(user, command("1.00", "USD", day + "T12:00:00Z", "checking", "daily"));
    }
    analytics.drain();

    refresher.refresh(user.userId(), clock.instant());

    assertThat(rateReads)
        .containsExactlyInAnyOrder("month 2024-01", "month 2024-02", "month 2024-03");
    AnalyticsReport report =
        report(user, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), AnalyticsPeriod.MONTH);
    assertThat(report.count()).isEqualTo(91);
    assertThat(report.unconverted()).isZero();
  }

  @Test
  void anEmptyWindowHasZeroCountsAndNullAveragesAndDays() {
    JsonNode empty =
        Json.MAPPER.valueToTree(
            getAnalytics.report(
                "user-nobody",
                new AnalyticsQuery(
                    LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 1, 3),
                    AnalyticsPeriod.DAY,
                    Optional.empty())));

    assertThat(empty.get("count").asLong()).isZero();
    assertThat(empty.get("average").isNull()).isTrue();
    assertThat(empty.get("highest_day_by_count").isNull()).isTrue();
    assertThat(empty.get("highest_day_by_amount").isNull()).isTrue();
    assertThat(empty.get("periods")).hasSize(3);
    assertThat(empty.get("fresh").asBoolean()).isTrue();
  }

  private AnalyticsReport report(
      Caller user, LocalDate from, LocalDate to, AnalyticsPeriod period) {
    return getAnalytics.report(
        user.userId(), new AnalyticsQuery(from, to, period, Optional.empty()));
  }

  private RecordTransaction recorder() {
    return new RecordTransaction(
        store, new TransactionIds(clock), clock, Duration.ofHours(24), invalidation);
  }

  /** The refresher's view of the rates, noting each read. */
  private ReferenceRates recordingReads() {
    return new ReferenceRates() {
      @Override
      public Optional<DailyRates> latestOnOrBefore(LocalDate day) {
        rateReads.add("day " + day);
        return rates.latestOnOrBefore(day);
      }

      @Override
      public RatesOfMonth month(YearMonth month) {
        rateReads.add("month " + month);
        return rates.month(month);
      }

      @Override
      public Optional<LocalDate> newest() {
        return rates.newest();
      }

      @Override
      public void saveAll(List<DailyRates> publications) {
        rates.saveAll(publications);
      }
    };
  }

  private void deliverRefreshRequests() {
    for (List<InMemoryAnalytics.Request> batch = analytics.drain();
        !batch.isEmpty();
        batch = analytics.drain()) {
      batch.forEach(request -> refresher.refresh(request.userId(), request.writtenAt()));
    }
  }

  private List<Transaction> allTransactions(String userId) {
    List<Transaction> all = new ArrayList<>();
    Optional<String> after = Optional.empty();
    do {
      TransactionPage page = store.page(userId, TransactionFilter.NONE, after, 500);
      all.addAll(page.items());
      after = page.after();
    } while (after.isPresent());
    return all;
  }

  private void publishRates() {
    List<DailyRates> days = new ArrayList<>();
    Random random = new Random(SEED + 1);
    for (LocalDate day = FIRST.minusDays(10);
        !day.isAfter(LAST.plusDays(10));
        day = day.plusDays(1)) {
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      Map<String, BigDecimal> perEuro =
          Map.of(
              "USD",
                  new BigDecimal(
                      String.format(
                          java.util.Locale.ROOT, "%.4f", 1.05 + random.nextDouble() * 0.1)),
              "JPY",
                  new BigDecimal(
                      String.format(java.util.Locale.ROOT, "%.2f", 150 + random.nextDouble() * 20)),
              "BRL",
                  new BigDecimal(
                      String.format(
                          java.util.Locale.ROOT, "%.4f", 5.3 + random.nextDouble() * 0.6)));
      published.put(day, perEuro);
      days.add(DailyRates.of(day, perEuro));
    }
    rates.saveAll(days);
  }

  private static List<NewTransaction> generate(Random random, int count) {
    List<NewTransaction> commands = new ArrayList<>();
    long span = ChronoUnit.SECONDS.between(FIRST.atStartOfDay(), LAST.plusDays(1).atStartOfDay());
    for (int i = 0; i < count; i++) {
      String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
      long minor = 1 + random.nextInt(random.nextInt(10) == 0 ? 5_000_000 : 20_000);
      String amount =
          currency.equals("JPY")
              ? Long.toString(minor)
              : BigDecimal.valueOf(minor, 2).toPlainString();
      Instant at =
          FIRST
              .atStartOfDay(ZoneOffset.UTC)
              .toInstant()
              .plusSeconds((long) (random.nextDouble() * span));
      String occurredAt =
          OffsetDateTime.ofInstant(at, ZoneOffset.of(OFFSETS.get(random.nextInt(OFFSETS.size()))))
              .toString();
      commands.add(
          command(
              amount,
              currency,
              occurredAt,
              random.nextInt(4) == 0 ? "savings" : "checking",
              CATEGORIES.get(random.nextInt(CATEGORIES.size()))));
      if (random.nextInt(3) == 0) {
        NewTransaction last = commands.removeLast();
        commands.add(
            new NewTransaction(
                last.accountId(),
                last.amount(),
                Direction.CREDIT,
                last.currency(),
                last.category(),
                last.description(),
                last.occurredAt(),
                Optional.empty(),
                last.fingerprint()));
      }
    }
    return commands;
  }

  private static NewTransaction command(
      String amount, String currency, String occurredAt, String account, String category) {
    return new NewTransaction(
        account,
        new BigDecimal(amount),
        Direction.DEBIT,
        currency,
        category,
        Optional.empty(),
        OffsetDateTime.parse(occurredAt),
        Optional.empty(),
        "f-" + amount + occurredAt);
  }
}
