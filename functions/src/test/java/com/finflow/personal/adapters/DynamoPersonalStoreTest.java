package com.finflow.personal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.personal.Direction;
import com.finflow.personal.Profile;
import com.finflow.personal.Transaction;
import com.finflow.personal.TransactionFilter;
import com.finflow.personal.TransactionIds;
import com.finflow.personal.TransactionPage;
import com.finflow.personal.Transactions;
import com.finflow.shared.aws.LocalDynamoDb;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class DynamoPersonalStoreTest {

  private static final String ALICE = "user-alice";
  private static final String BOB = "user-bob";

  private final DynamoPersonalStore store =
      new DynamoPersonalStore(LocalDynamoDb.client(), newTable());
  private final TransactionIds ids = new TransactionIds(Clock.systemUTC());
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Test
  void readsBackAProfileAndNoneForAnotherUser() {
    Profile profile = new Profile("BRL", ZoneId.of("America/Sao_Paulo"));
    store.save(ALICE, profile);

    assertThat(store.find(ALICE)).contains(profile);
    assertThat(store.find(BOB)).isEmpty();
  }

  @Test
  void readsBackATransactionExactlyOnlyForItsUser() {
    Transaction transaction = transaction(ALICE, "1234567.5", "EUR");
    store.record(transaction, Optional.empty());

    assertThat(store.find(ALICE, transaction.id())).contains(transaction);
    assertThat(store.find(ALICE, transaction.id()).orElseThrow().amount().toPlainString())
        .isEqualTo("1234567.50");
    assertThat(store.find(BOB, transaction.id())).isEmpty();
    assertThat(store.delete(BOB, transaction.id())).isFalse();
    assertThat(store.replace(withUser(transaction, BOB))).isFalse();
    assertThat(store.delete(ALICE, transaction.id())).isTrue();
    assertThat(store.find(ALICE, transaction.id())).isEmpty();
  }

  @Test
  void replaysAClaimedKeyForTheSameFingerprintAndRefusesAnother() {
    var claim = new Transactions.Claim("key-1", "fp-1", "{\"id\":\"first\"}", now.plusSeconds(60));
    assertThat(store.record(transaction(ALICE, "1.00", "EUR"), Optional.of(claim)))
        .isInstanceOf(Transactions.Recording.Recorded.class);

    assertThat(store.record(transaction(ALICE, "1.00", "EUR"), Optional.of(claim)))
        .isEqualTo(new Transactions.Recording.Replay("{\"id\":\"first\"}"));
    assertThat(
            store.record(
                transaction(ALICE, "2.00", "EUR"),
                Optional.of(new Transactions.Claim("key-1", "fp-2", "{}", now.plusSeconds(60)))))
        .isInstanceOf(Transactions.Recording.KeyReusedForAnotherRequest.class);
    // The same key is another user's own key.
    assertThat(store.record(transaction(BOB, "1.00", "EUR"), Optional.of(claim)))
        .isInstanceOf(Transactions.Recording.Recorded.class);
    assertThat(page(ALICE, TransactionFilter.NONE, Optional.empty(), 500).items()).hasSize(1);
  }

  @Test
  void filtersByEveryConditionOnTheStoredValues() {
    store.record(transaction(ALICE, "5.00", "EUR"), Optional.empty());
    Transaction match = transaction(ALICE, "50.00", "EUR");
    store.record(match, Optional.empty());
    store.record(transaction(ALICE, "500.00", "EUR"), Optional.empty());
    TransactionFilter filter =
        new TransactionFilter(
            Optional.of("checking-1"),
            Optional.of(match.occurredAt().toInstant()),
            Optional.of(match.occurredAt().toInstant().plusMillis(1)),
            Optional.of("groceries"),
            Optional.of(Direction.DEBIT),
            Optional.of(new BigDecimal("10")),
            Optional.of(new BigDecimal("50.00")));

    assertThat(page(ALICE, filter, Optional.empty(), 10).items()).containsExactly(match);
  }

  @Test
  void pagingWhileOthersWriteNeitherSkipsNorRepeatsWhatExisted() throws Exception {
    Set<String> existing = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      Transaction transaction = transaction(ALICE, (i + 1) + ".00", "EUR");
      store.record(transaction, Optional.empty());
      existing.add(transaction.id());
    }
    AtomicBoolean paging = new AtomicBoolean(true);
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      writers.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    while (paging.get()) {
                      store.record(transaction(ALICE, "1.00", "EUR"), Optional.empty());
                    }
                  }));
    }
    List<String> seen = new ArrayList<>();
    Optional<String> after = Optional.empty();
    try {
      do {
        TransactionPage page = page(ALICE, TransactionFilter.NONE, after, 37);
        page.items().forEach(item -> seen.add(item.id()));
        after = page.after();
      } while (after.isPresent());
    } finally {
      paging.set(false);
      for (Thread writer : writers) {
        writer.join();
      }
    }

    assertThat(seen).doesNotHaveDuplicates();
    assertThat(seen.stream().collect(Collectors.toSet())).containsAll(existing);
    assertThat(seen).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  private TransactionPage page(
      String user, TransactionFilter filter, Optional<String> after, int limit) {
    return store.page(user, filter, after, limit);
  }

  private Transaction transaction(String user, String amount, String currency) {
    return new Transaction(
        ids.next(),
        user,
        "checking-1",
        new BigDecimal(amount),
        Direction.DEBIT,
        currency,
        "groceries",
        Optional.of("market"),
        OffsetDateTime.parse("2026-03-01T09:30:00-03:00").plusSeconds(amount.length()),
        now,
        now);
  }

  private static Transaction withUser(Transaction t, String user) {
    return new Transaction(
        t.id(),
        user,
        t.accountId(),
        t.amount(),
        t.direction(),
        t.currency(),
        t.category(),
        t.description(),
        t.occurredAt(),
        t.createdAt(),
        t.updatedAt());
  }

  static String newTable() {
    String name = "personal-" + UUID.randomUUID();
    LocalDynamoDb.client()
        .createTable(
            request ->
                request
                    .tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                        d -> d.attributeName("pk").attributeType(ScalarAttributeType.S),
                        d -> d.attributeName("sk").attributeType(ScalarAttributeType.S))
                    .keySchema(
                        k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE)));
    return name;
  }
}
