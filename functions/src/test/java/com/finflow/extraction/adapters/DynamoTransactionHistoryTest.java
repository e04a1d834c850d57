package com.finflow.extraction.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.extraction.Extraction;
import com.finflow.extraction.TransactionHistory.Booked;
import com.finflow.shared.MutableClock;
import com.finflow.shared.aws.LocalDynamoDb;
import com.finflow.shared.aws.LocalKms;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DynamoTransactionHistoryTest {

  private final String table = LocalDynamoDb.newTable("pk");
  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
  private final Instant consentUntil = clock.instant().plus(Duration.ofDays(90));
  private final DynamoTransactionHistory history = container();
  private final Booked booked =
      new Booked(
          LocalDate.parse("2025-02-28"),
          List.of(
              transaction("t-2", "12500000.0000", "2025-02-28T10:00:00.000Z"),
              transaction("t-1", "-0.50", "2025-02-27")));

  @Test
  void findsWhatAnotherContainerKeptWithItsExactAmounts() {
    history.keep("org-a", "urn:consent:1", "account-1", booked, consentUntil);

    assertThat(container().find("org-a", "urn:consent:1", "account-1")).contains(booked);
    assertThat(container().find("org-a", "urn:consent:1", "account-2")).isEmpty();
    assertThat(container().find("org-a", "urn:consent:2", "account-1")).isEmpty();
    assertThat(container().find("org-b", "urn:consent:1", "account-1")).isEmpty();
  }

  @Test
  void isForgottenWithTheConsent() {
    history.keep("org-a", "urn:consent:1", "account-1", booked, consentUntil);

    clock.advance(Duration.ofDays(90));

    assertThat(history.find("org-a", "urn:consent:1", "account-1")).isEmpty();
  }

  @Test
  void keepsNothingInTheClearAndExpiresByTtl() {
    history.keep("org-a", "urn:consent:1", "account-1", booked, consentUntil);

    var items = LocalDynamoDb.client().scan(request -> request.tableName(table)).items();
    assertThat(items).hasSize(1);
    var item = items.get(0);
    assertThat(item.get("expires_at").n()).isEqualTo(String.valueOf(consentUntil.getEpochSecond()));
    assertThat(item.get("purpose").s()).isEqualTo("booked-transactions");
    String everything =
        item.values().stream()
            .map(
                value ->
                    value.b() != null
                        ? new String(value.b().asByteArray(), StandardCharsets.ISO_8859_1)
                        : String.valueOf(value.s()) + value.n())
            .reduce("", String::concat);
    assertThat(everything).doesNotContain("12500000.0000", "account-1", "urn:consent:1");
  }

  @Test
  void aHistoryTooLargeForOneItemIsNotKept() {
    Booked huge =
        new Booked(
            LocalDate.parse("2025-02-28"),
            IntStream.range(0, 3_000)
                .mapToObj(i -> transaction("t-" + i, "1.00", "2025-02-28T10:00:00.000Z"))
                .toList());

    history.keep("org-a", "urn:consent:1", "account-1", huge, consentUntil);

    assertThat(history.find("org-a", "urn:consent:1", "account-1")).isEmpty();
  }

  private static Extraction.TransactionData transaction(String id, String amount, String date) {
    return new Extraction.TransactionData(
        id, "PIX", "TRANSACAO_EFETIVADA", amount, "BRL", "debit", "PIX ENVIADO " + id, date);
  }

  private DynamoTransactionHistory container() {
    EnvelopeEncryption encryption =
        new EnvelopeEncryption(LocalKms.client(), LocalKms.keyId(), DataKeyReuse.DEFAULT, clock);
    return new DynamoTransactionHistory(
        new SealedItems(LocalDynamoDb.client(), table, encryption, clock));
  }
}
