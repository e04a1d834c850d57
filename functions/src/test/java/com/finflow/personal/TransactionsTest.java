package com.finflow.personal;

import static com.finflow.personal.PersonalCommands.ADMIN_OF_ALICES_ORGANIZATION;
import static com.finflow.personal.PersonalCommands.ALICE;
import static com.finflow.personal.PersonalCommands.aTransaction;
import static com.finflow.personal.PersonalCommands.withKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.MutableClock;
import com.finflow.shared.failure.InvalidInput;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recording, reading, changing and removing a user's transactions, on in-memory fakes. */
class TransactionsTest {

  private final InMemoryPersonal store = new InMemoryPersonal();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
  private final InMemoryAnalytics analytics = new InMemoryAnalytics();
  private final ViewInvalidation invalidation = new ViewInvalidation(analytics, analytics, clock);
  private final RecordTransaction record =
      new RecordTransaction(
          store, new TransactionIds(clock), clock, Duration.ofHours(24), invalidation);
  private final GetTransaction get = new GetTransaction(store);
  private final ChangeTransaction change = new ChangeTransaction(store, clock, invalidation);
  private final DeleteTransaction delete = new DeleteTransaction(store, invalidation);
  private final ListTransactions list = new ListTransactions(store, store);

  @Test
  void readsBackWhatWasRecordedWithTheCurrencysDecimals() {
    // GIVEN a transaction of 12.5 EUR
    var answer = record.record(ALICE, aTransaction("12.5", "2026-03-01T09:30:00-03:00"));

    // WHEN it is read back
    TransactionView view = get.get(ALICE, answer.id());

    // THEN it keeps its offset and shows two decimals
    assertThat(view.amount()).isEqualTo("12.50");
    assertThat(view.occurredAt()).isEqualTo("2026-03-01T09:30:00-03:00");
    assertThat(view.direction()).isEqualTo("debit");
    assertThat(answer.replayed()).isFalse();
  }

  @Test
  void replaysTheFirstAnswerForTheSameKeyAndTheSameRequest() {
    var command = withKey(aTransaction("10.00", "2026-03-01T09:30:00Z"), "key-1");
    var first = record.record(ALICE, command);
    clock.advance(Duration.ofSeconds(5));

    var second = record.record(ALICE, command);

    assertThat(second.replayed()).isTrue();
    assertThat(second.json()).isEqualTo(first.json());
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(store.all(ALICE.userId())).hasSize(1);
  }

  @Test
  void refusesTheSameKeyForAnotherRequestAndRecordsNothing() {
    record.record(ALICE, withKey(aTransaction("10.00", "2026-03-01T09:30:00Z"), "key-1"));

    assertThatThrownBy(
            () ->
                record.record(
                    ALICE, withKey(aTransaction("11.00", "2026-03-01T09:30:00Z"), "key-1")))
        .isInstanceOf(IdempotencyKeyReused.class)
        .satisfies(
            e -> assertThat(((InvalidInput) e).problemType()).isEqualTo("idempotency-key-reused"));
    assertThat(store.all(ALICE.userId())).hasSize(1);
  }

  @Test
  void anotherUserEvenAnAdminOfTheSameOrganizationFindsNothing() {
    String id = record.record(ALICE, aTransaction("10.00", "2026-03-01T09:30:00Z")).id();
    TransactionChange rename =
        new TransactionChange(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("rent"),
            Optional.empty(),
            false,
            Optional.empty());

    assertThatThrownBy(() -> get.get(ADMIN_OF_ALICES_ORGANIZATION, id))
        .isInstanceOf(NoSuchTransaction.class);
    assertThatThrownBy(() -> change.change(ADMIN_OF_ALICES_ORGANIZATION, id, rename))
        .isInstanceOf(NoSuchTransaction.class);
    assertThatThrownBy(() -> delete.delete(ADMIN_OF_ALICES_ORGANIZATION, id))
        .isInstanceOf(NoSuchTransaction.class);
    assertThat(
            list.list(ADMIN_OF_ALICES_ORGANIZATION, query(Optional.empty(), Optional.empty(), 500))
                .items())
        .isEmpty();
    assertThat(get.get(ALICE, id).category()).isEqualTo("groceries");
  }

  @Test
  void changesOnlyTheGivenFieldsAndKeepsTheId() {
    String id = record.record(ALICE, aTransaction("10.00", "2026-03-01T09:30:00Z")).id();
    clock.advance(Duration.ofMinutes(1));

    TransactionView changed =
        change.change(
            ALICE,
            id,
            new TransactionChange(
                Optional.empty(),
                Optional.of(new BigDecimal("99.99")),
                Optional.of(Direction.CREDIT),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                true,
                Optional.empty()));

    assertThat(changed.id()).isEqualTo(id);
    assertThat(changed.amount()).isEqualTo("99.99");
    assertThat(changed.direction()).isEqualTo("credit");
    assertThat(changed.category()).isEqualTo("groceries");
    assertThat(changed.description()).isEmpty();
    assertThat(changed.updatedAt()).isAfter(changed.createdAt());
  }

  @Test
  void refusesACurrencyChangeThatLeavesTooManyDecimals() {
    String id = record.record(ALICE, aTransaction("10.50", "2026-03-01T09:30:00Z")).id();
    TransactionChange toYen =
        new TransactionChange(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("JPY"),
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.empty());

    assertThatThrownBy(() -> change.change(ALICE, id, toYen))
        .isInstanceOf(AmountTooPrecise.class)
        .hasMessageContaining("10.50")
        .hasMessageContaining("JPY");
    assertThat(get.get(ALICE, id).currency()).isEqualTo("EUR");
  }

  @Test
  void deletesOnceThenFindsNothing() {
    String id = record.record(ALICE, aTransaction("10.00", "2026-03-01T09:30:00Z")).id();

    delete.delete(ALICE, id);

    assertThatThrownBy(() -> get.get(ALICE, id)).isInstanceOf(NoSuchTransaction.class);
    assertThatThrownBy(() -> delete.delete(ALICE, id)).isInstanceOf(NoSuchTransaction.class);
  }

  @Test
  void datesOfAListAreTheUsersOwnDays() {
    // GIVEN a user in Tokyo, and a transaction at 23:30 UTC on 1 March: 08:30 on 2 March in Tokyo
    store.save(ALICE.userId(), new Profile("JPY", ZoneId.of("Asia/Tokyo")));
    record.record(ALICE, aTransaction("10.00", "2026-03-01T23:30:00Z"));

    // THEN it is on 2 March, not on 1 March
    assertThat(list.list(ALICE, query(day("2026-03-02"), day("2026-03-02"), 10)).items())
        .hasSize(1);
    assertThat(list.list(ALICE, query(day("2026-03-01"), day("2026-03-01"), 10)).items()).isEmpty();
  }

  @Test
  void pagingVisitsEveryTransactionThatExistedOnceWhileOthersAreRecordedAndChanged() {
    // GIVEN 250 transactions
    for (int i = 0; i < 250; i++) {
      clock.advance(Duration.ofMillis(1));
      record.record(ALICE, aTransaction(i + 1 + ".00", "2026-02-01T10:00:00Z"));
    }
    var existing =
        store.all(ALICE.userId()).stream()
            .map(Transaction::id)
            .collect(java.util.stream.Collectors.toSet());

    // WHEN paging 40 at a time, while each page is followed by new transactions and changes of
    // dates
    java.util.List<String> seen = new java.util.ArrayList<>();
    Optional<String> after = Optional.empty();
    do {
      var page = list.list(ALICE, query(Optional.empty(), Optional.empty(), 40, after));
      page.items().forEach(item -> seen.add(item.id()));
      after = page.after();
      clock.advance(Duration.ofMillis(1));
      record.record(ALICE, aTransaction("1.00", "2026-01-01T10:00:00Z"));
      page.items().stream()
          .findFirst()
          .ifPresent(
              item ->
                  change.change(
                      ALICE,
                      item.id(),
                      new TransactionChange(
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty(),
                          false,
                          Optional.of(java.time.OffsetDateTime.parse("2020-01-01T00:00:00Z")))));
    } while (after.isPresent());

    // THEN every transaction that existed is seen exactly once
    assertThat(seen).doesNotHaveDuplicates().containsAll(existing);
  }

  private static Optional<LocalDate> day(String text) {
    return Optional.of(LocalDate.parse(text));
  }

  private static ListTransactionsQuery query(
      Optional<LocalDate> from, Optional<LocalDate> to, int limit) {
    return query(from, to, limit, Optional.empty());
  }

  private static ListTransactionsQuery query(
      Optional<LocalDate> from, Optional<LocalDate> to, int limit, Optional<String> after) {
    return new ListTransactionsQuery(
        Optional.empty(),
        from,
        to,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        after,
        limit);
  }
}
