package com.finflow.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.shared.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the bulk contracts share: a fresh {@link BulkStore} for each case, and bulks, transfers and
 * outcomes made the same way for every implementation.
 */
public abstract class BulkFixture {

  protected static final Currency EUR = Currency.getInstance("EUR");
  protected static final String ORGANIZATION = "org-1";
  protected static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

  private BulkStore store;

  /** The implementation under test, empty. */
  protected abstract BulkStore newStore();

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  protected BulkRecords records() {
    return store.records();
  }

  protected void openAccount(String iban, String organizationId, long balanceCents) {
    store.openAccount(iban, organizationId, balanceCents);
  }

  protected long balanceCents(String iban) {
    return store.balanceCents(iban);
  }

  protected long reservedCents(String iban) {
    return store.reservedCents(iban);
  }

  protected Bulk acceptedBulkOf(int count) {
    openAccount(BulkCommands.ORGANIZATION_IBAN, ORGANIZATION, 100_00);
    return accepted(bulkOf(count, NOON));
  }

  protected Bulk accepted(Bulk bulk) {
    List<CreditTransfer> transfers = transfersOf(bulk.transferCount());
    assertThat(records().acceptance().accept(bulk, transfers, submission(bulk, "hash")))
        .isEqualTo(new BulkAcceptance.Acceptance.Accepted());
    return bulk;
  }

  protected static Bulk bulkOf(int count, Instant createdAt) {
    Money total = new Money(BulkCommands.totalCents(count), EUR);
    return new Bulk(
        UUID.randomUUID().toString(),
        ORGANIZATION,
        BulkCommands.ORGANIZATION_IBAN,
        BulkMode.PARTIAL,
        BulkStatus.ACCEPTED,
        count,
        total,
        Tally.none(EUR),
        createdAt,
        Optional.empty(),
        Optional.empty(),
        UUID.randomUUID().toString(),
        false);
  }

  protected static Bulk withKey(Bulk bulk, String key) {
    return new Bulk(
        bulk.id(),
        bulk.organizationId(),
        bulk.accountIban(),
        bulk.mode(),
        bulk.status(),
        bulk.transferCount(),
        bulk.total(),
        bulk.tally(),
        bulk.createdAt(),
        bulk.settledAt(),
        bulk.webhookUrl(),
        key,
        bulk.fannedOut());
  }

  protected static List<CreditTransfer> transfersOf(int count) {
    return BulkCommands.aBulkOf(count).build().transfers();
  }

  protected static BulkAcceptance.Submission submission(Bulk bulk, String hash) {
    return new BulkAcceptance.Submission(
        bulk.organizationId(),
        bulk.idempotencyKey(),
        hash,
        "answer of " + bulk.id(),
        NOON.plusSeconds(86_400));
  }

  protected static TransferOrder orderOf(Bulk bulk, int index) {
    return new TransferOrder(
        bulk.id(),
        bulk.organizationId(),
        bulk.mode(),
        bulk.accountIban(),
        transfersOf(bulk.transferCount()).get(index));
  }

  protected static TransferOutcome outcome(int index, TransferStatus status) {
    return new TransferOutcome(
        index,
        status,
        status == TransferStatus.EXECUTED ? Optional.empty() : Optional.of("why not"),
        status == TransferStatus.EXECUTED ? Optional.of("reference " + index) : Optional.empty(),
        NOON);
  }
}
