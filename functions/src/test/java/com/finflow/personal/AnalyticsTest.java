package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.Caller;
import com.finflow.shared.Json;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
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
  private static final Map<String, Integer> DECIMALS =
      Map.of("EUR", 2, "USD", 2, "JPY", 0, "BRL", 2);

  private final InMemoryPersonal store = new InMemoryPersonal();
  private final InMemoryAnalytics analytics = new InMemoryAnalytics();
  private final InMemoryReferenceRates rates = new InMemoryReferenceRates();
  private final TreeMap<LocalDate, Map<String, BigDecimal>> published = new TreeMap<>();
  private final Clock clock = Clock.systemUTC();
  private final ViewInvalidation invalidation = new ViewInvalidation(analytics, analytics, clock);
  private final RefreshAnalytics refresher =
      new RefreshAnalytics(store, store, rates, analytics, analytics);
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
      RecordTransaction record =
          new RecordTransaction(
              store, new TransactionIds(clock), clock, Duration.ofHours(24), invalidation);
      generated.forEach(command -> record.record(user, command));
    }
    deliverRefreshRequests();

    for (Caller user : List.of(saoPaulo, tokyo)) {
      Profile profile = store.find(user.userId()).orElseThrow();
      List<Transaction> all = allTransactions(user.userId());
      assertThat(all).hasSize(10_000);
      for (AnalyticsPeriod period : AnalyticsPeriod.values()) {
        for (Window window :
            List.of(
                new Window(FIRST, LAST, Optional.empty()),
                new Window(LocalDate.of(2023, 3, 15), LocalDate.of(2024, 2, 29), Optional.empty()),
                new Window(
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), Optional.of("savings")),
                new Window(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 7), Optional.empty()))) {
          AnalyticsReport report =
              getAnalytics.report(
                  user.userId(),
                  new AnalyticsQuery(window.from(), window.to(), period, window.account()));
          JsonNode actual = reread(Json.write(report));
          JsonNode expected = plainFold(all, profile, period, window);
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
    RecordTransaction record =
        new RecordTransaction(
            store, new TransactionIds(clock), clock, Duration.ofHours(24), invalidation);
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
        new RecordTransaction(
                store, new TransactionIds(clock), clock, Duration.ofHours(24), invalidation)
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
    RecordTransaction record =
        new RecordTransaction(
            store, new TransactionIds(clock), clock, Duration.ofHours(24), invalidation);
    record.record(user, command("10.00", "USD", "2020-01-01T12:00:00Z", "checking", "old"));
    for (int i = 0; i < 200; i++) {
      record.record(
          user, command("999999999999999.99", "EUR", "2024-01-01T12:00:00Z", "checking", "big"));
    }
    deliverRefreshRequests();

    AnalyticsReport report =
        getAnalytics.report(
            user.userId(),
            new AnalyticsQuery(
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 12, 31),
                AnalyticsPeriod.YEAR,
                Optional.empty()));

    assertThat(report.unconverted()).isEqualTo(1);
    assertThat(report.count()).isEqualTo(200);
    // 200 × 99,999,999,999,999,999 cents is past a long's range.
    assertThat(report.periods().getLast().out()).isEqualTo("199999999999999998.00");
    assertThat(report.averageDebit()).contains("999999999999999.99");
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

  // ---- The plain computation: nothing below calls the feature's folds or rates. ----

  private JsonNode plainFold(
      List<Transaction> all, Profile profile, AnalyticsPeriod period, Window window) {
    String primary = profile.primaryCurrency();
    int decimals = DECIMALS.get(primary);
    List<Object[]> rows = new ArrayList<>(); // day, category, isCredit, converted
    for (Transaction t : all) {
      LocalDate day = t.occurredAt().toInstant().atZone(profile.timeZone()).toLocalDate();
      if (day.isBefore(window.from()) || day.isAfter(window.to())) {
        continue;
      }
      if (window.account().isPresent() && !window.account().get().equals(t.accountId())) {
        continue;
      }
      BigDecimal converted =
          t.amount()
              .multiply(rateOn(day, t.currency(), primary))
              .setScale(decimals, RoundingMode.HALF_EVEN);
      rows.add(new Object[] {day, t.category(), t.direction() == Direction.CREDIT, converted});
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("count", rows.size());
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal credit = BigDecimal.ZERO;
    BigDecimal debit = BigDecimal.ZERO;
    int credits = 0;
    Map<LocalDate, Integer> perDay = new TreeMap<>();
    Map<LocalDate, BigDecimal> movedPerDay = new TreeMap<>();
    for (Object[] row : rows) {
      BigDecimal amount = (BigDecimal) row[3];
      total = total.add(amount);
      if ((Boolean) row[2]) {
        credit = credit.add(amount);
        credits++;
      } else {
        debit = debit.add(amount);
      }
      perDay.merge((LocalDate) row[0], 1, Integer::sum);
      movedPerDay.merge((LocalDate) row[0], amount, BigDecimal::add);
    }
    putMean(out, "average", total, rows.size(), decimals);
    putMean(out, "average_credit", credit, credits, decimals);
    putMean(out, "average_debit", debit, rows.size() - credits, decimals);
    LocalDate busiest = null;
    LocalDate largest = null;
    for (LocalDate day : perDay.keySet()) {
      if (busiest == null || perDay.get(day) > perDay.get(busiest)) {
        busiest = day;
      }
      if (largest == null || movedPerDay.get(day).compareTo(movedPerDay.get(largest)) > 0) {
        largest = day;
      }
    }
    if (busiest == null) {
      out.putNull("highest_day_by_count");
      out.putNull("highest_day_by_amount");
    } else {
      out.putObject("highest_day_by_count")
          .put("date", busiest.toString())
          .put("count", perDay.get(busiest));
      out.putObject("highest_day_by_amount")
          .put("date", largest.toString())
          .put("amount", movedPerDay.get(largest).setScale(decimals).toPlainString());
    }
    ArrayNode periods = out.putArray("periods");
    LocalDate start = window.from();
    while (!start.isAfter(window.to())) {
      LocalDate end =
          switch (period) {
            case DAY -> start;
            case WEEK -> start.plusDays(7 - start.getDayOfWeek().getValue());
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case YEAR -> LocalDate.of(start.getYear(), 12, 31);
          };
      if (end.isAfter(window.to())) {
        end = window.to();
      }
      int count = 0;
      BigDecimal in = BigDecimal.ZERO.setScale(decimals);
      BigDecimal outgoing = BigDecimal.ZERO.setScale(decimals);
      for (Object[] row : rows) {
        LocalDate day = (LocalDate) row[0];
        if (!day.isBefore(start) && !day.isAfter(end)) {
          count++;
          if ((Boolean) row[2]) {
            in = in.add((BigDecimal) row[3]);
          } else {
            outgoing = outgoing.add((BigDecimal) row[3]);
          }
        }
      }
      periods
          .addObject()
          .put("start", start.toString())
          .put("end", end.toString())
          .put("count", count)
          .put("in", in.toPlainString())
          .put("out", outgoing.toPlainString());
      start = end.plusDays(1);
    }
    Map<String, Object[]> categories = new TreeMap<>();
    for (Object[] row : rows) {
      Object[] figures =
          categories.computeIfAbsent(
              (String) row[1],
              c ->
                  new Object[] {
                    0, BigDecimal.ZERO.setScale(decimals), BigDecimal.ZERO.setScale(decimals)
                  });
      figures[0] = (Integer) figures[0] + 1;
      int slot = (Boolean) row[2] ? 1 : 2;
      figures[slot] = ((BigDecimal) figures[slot]).add((BigDecimal) row[3]);
    }
    ArrayNode byCategory = out.putArray("categories");
    categories.forEach(
        (name, figures) ->
            byCategory
                .addObject()
                .put("category", name)
                .put("count", (Integer) figures[0])
                .put("in", ((BigDecimal) figures[1]).toPlainString())
                .put("out", ((BigDecimal) figures[2]).toPlainString()));
    return reread(out.toString());
  }

  private static JsonNode reread(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void putMean(
      ObjectNode out, String field, BigDecimal sum, int count, int decimals) {
    if (count == 0) {
      out.putNull(field);
    } else {
      out.put(
          field,
          sum.divide(BigDecimal.valueOf(count), decimals, RoundingMode.HALF_EVEN).toPlainString());
    }
  }

  /** Units of {@code to} for one {@code from} on the last publication on or before the day. */
  private BigDecimal rateOn(LocalDate day, String from, String to) {
    if (from.equals(to)) {
      return BigDecimal.ONE;
    }
    Map<String, BigDecimal> perEuro = new HashMap<>(published.floorEntry(day).getValue());
    perEuro.put("EUR", BigDecimal.ONE);
    if (from.equals("EUR")) {
      return perEuro.get(to);
    }
    return perEuro
        .get(to)
        .divide(perEuro.get(from), new MathContext(10, RoundingMode.HALF_EVEN))
        .stripTrailingZeros();
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

  private record Window(LocalDate from, LocalDate to, Optional<String> account) {}
}
