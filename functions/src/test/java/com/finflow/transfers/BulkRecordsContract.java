package com.finflow.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.shared.money.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The conditional rules every implementation of the bulk ports keeps, run against the in-memory
 * fake and the DynamoDB tables alike, so that use-case tests on the fake say something about
 * production. The notice outbox has its own contract, {@link NoticeOutboxContract}.
 */
public abstract class BulkRecordsContract extends BulkFixture {

  @Test
  void acceptanceRecordsTheBulkItsTransfersAndTheReservation() {
    openAccount(BulkCommands.ORGANIZATION_IBAN, ORGANIZATION, 100_00);
    Bulk bulk = bulkOf(3, NOON);

    BulkAcceptance.Acceptance acceptance =
        records().acceptance().accept(bulk, transfersOf(3), submission(bulk, "hash"));

    assertThat(acceptance).isEqualTo(new BulkAcceptance.Acceptance.Accepted());
    assertThat(records().bulks().find(bulk.id())).contains(bulk);
    assertThat(records().transfers().transfersOf(bulk.id())).isEqualTo(transfersOf(3));
    assertThat(reservedCents(BulkCommands.ORGANIZATION_IBAN)).isEqualTo(BulkCommands.totalCents(3));
    assertThat(balanceCents(BulkCommands.ORGANIZATION_IBAN)).isEqualTo(100_00);
  }

  @Test
  void acceptanceWritesNothingWhenTheFundsAreShort() {
    openAccount(BulkCommands.ORGANIZATION_IBAN, ORGANIZATION, 3_00);
    Bulk bulk = bulkOf(2, NOON);

    BulkAcceptance.Acceptance acceptance =
        records().acceptance().accept(bulk, transfersOf(2), submission(bulk, "hash"));

    assertThat(acceptance)
        .isEqualTo(
            new BulkAcceptance.Acceptance.InsufficientFunds(
                new Money(3_00, EUR), new Money(4_00, EUR)));
    assertThat(records().bulks().find(bulk.id())).isEmpty();
    assertThat(reservedCents(BulkCommands.ORGANIZATION_IBAN)).isZero();
    Bulk smaller = withKey(bulkOf(1, NOON), bulk.idempotencyKey());
    assertThat(
            records()
                .acceptance()
                .accept(smaller, transfersOf(1), submission(smaller, "another hash")))
        .as("the key was not claimed")
        .isEqualTo(new BulkAcceptance.Acceptance.Accepted());
  }

  @Test
  void anAccountOfAnotherOrganizationIsNoAccountToReserveOn() {
    openAccount(BulkCommands.ORGANIZATION_IBAN, "org-2", 100_00);
    Bulk bulk = bulkOf(1, NOON);

    assertThat(records().acceptance().accept(bulk, transfersOf(1), submission(bulk, "hash")))
        .isEqualTo(new BulkAcceptance.Acceptance.NoSuchAccount());
    assertThat(reservedCents(BulkCommands.ORGANIZATION_IBAN)).isZero();
  }

  @Test
  void aKeyIsBeingAcceptedUntilItsSubmissionIsCompletedThenReplaysItsAnswer() {
    openAccount(BulkCommands.ORGANIZATION_IBAN, ORGANIZATION, 100_00);
    Bulk first = bulkOf(1, NOON);
    records().acceptance().accept(first, transfersOf(1), submission(first, "hash"));
    Bulk second = withKey(bulkOf(1, NOON), first.idempotencyKey());

    BulkAcceptance.Acceptance during =
        records().acceptance().accept(second, transfersOf(1), submission(second, "hash"));
    records().submissions().complete(ORGANIZATION, first.idempotencyKey());
    records().submissions().complete(ORGANIZATION, first.idempotencyKey());
    BulkAcceptance.Acceptance after =
        records().acceptance().accept(second, transfersOf(1), submission(second, "hash"));

    assertThat(during).isEqualTo(new BulkAcceptance.Acceptance.StillBeingAccepted());
    assertThat(after).isEqualTo(new BulkAcceptance.Acceptance.Replay("answer of " + first.id()));
    assertThat(records().bulks().find(second.id())).isEmpty();
    assertThat(reservedCents(BulkCommands.ORGANIZATION_IBAN)).isEqualTo(BulkCommands.totalCents(1));
  }

  @Test
  void aKeyUsedForOtherContentIsRefused() {
    openAccount(BulkCommands.ORGANIZATION_IBAN, ORGANIZATION, 100_00);
    Bulk first = bulkOf(1, NOON);
    records().acceptance().accept(first, transfersOf(1), submission(first, "hash"));
    records().submissions().complete(ORGANIZATION, first.idempotencyKey());
    Bulk other = withKey(bulkOf(1, NOON), first.idempotencyKey());

    assertThat(
            records().acceptance().accept(other, transfersOf(1), submission(other, "another hash")))
        .isEqualTo(new BulkAcceptance.Acceptance.KeyReusedForAnotherPayload());
  }

  @Test
  void anEarlierSubmissionIsReadWithoutWritingAnything() {
    openAccount(BulkCommands.ORGANIZATION_IBAN, ORGANIZATION, 100_00);
    Bulk first = bulkOf(1, NOON);
    BulkAcceptance.Submission submission = submission(first, "hash");
    Optional<BulkAcceptance.Acceptance> none = records().acceptance().earlier(submission);
    records().acceptance().accept(first, transfersOf(1), submission);

    Optional<BulkAcceptance.Acceptance> during = records().acceptance().earlier(submission);
    records().submissions().complete(ORGANIZATION, first.idempotencyKey());

    assertThat(none).isEmpty();
    assertThat(during).contains(new BulkAcceptance.Acceptance.StillBeingAccepted());
    assertThat(records().acceptance().earlier(submission))
        .contains(new BulkAcceptance.Acceptance.Replay("answer of " + first.id()));
    assertThat(records().acceptance().earlier(submission(first, "another hash")))
        .contains(new BulkAcceptance.Acceptance.KeyReusedForAnotherPayload());
    assertThat(reservedCents(BulkCommands.ORGANIZATION_IBAN)).isEqualTo(BulkCommands.totalCents(1));
  }

  @Test
  void anOutcomeIsRecordedAndCountedOnce() {
    Bulk bulk = acceptedBulkOf(2);
    TransferOrder order = orderOf(bulk, 1);

    boolean first =
        records().ledger().recordOutcome(order, outcome(1, TransferStatus.EXECUTED), "message 1");
    boolean duplicate =
        records()
            .ledger()
            .recordOutcome(order, outcome(1, TransferStatus.FAILED), "message 1 again");

    assertThat(first).isTrue();
    assertThat(duplicate).isFalse();
    Tally tally = records().bulks().find(bulk.id()).orElseThrow().tally();
    assertThat(tally).extracting(Tally::executed, Tally::failed).containsExactly(1, 0);
    assertThat(tally.executedAmount()).isEqualTo(new Money(2_50, EUR));
    assertThat(records().transfers().outcomes(bulk.id(), 0, 2))
        .extracting(TransferOutcome::status)
        .containsExactly(TransferStatus.EXECUTED);
  }

  @Test
  void aClaimedTransferCanEndButCannotBeCancelled() {
    Bulk bulk = acceptedBulkOf(1);
    TransferOrder order = orderOf(bulk, 0);

    boolean claimed = records().ledger().claim(order, "message 1");
    boolean claimedAgain = records().ledger().claim(order, "message 1 again");
    boolean cancelled =
        records()
            .ledger()
            .recordOutcome(order, outcome(0, TransferStatus.CANCELLED), "cancellation");
    boolean executed =
        records()
            .ledger()
            .recordOutcome(order, outcome(0, TransferStatus.EXECUTED), "message 1 again");

    assertThat(claimed).isTrue();
    assertThat(claimedAgain).isTrue();
    assertThat(cancelled).isFalse();
    assertThat(executed).isTrue();
    assertThat(records().ledger().claim(order, "message 1 once more"))
        .as("an ended transfer is not claimed")
        .isFalse();
    assertThat(records().bulks().find(bulk.id()).orElseThrow().tally().executed()).isEqualTo(1);
  }

  @Test
  void aCancelledTransferCannotBeClaimed() {
    Bulk bulk = acceptedBulkOf(1);
    TransferOrder order = orderOf(bulk, 0);

    boolean cancelled =
        records()
            .ledger()
            .recordOutcome(order, outcome(0, TransferStatus.CANCELLED), "cancellation");

    assertThat(cancelled).isTrue();
    assertThat(records().ledger().claim(order, "message 1")).isFalse();
    assertThat(records().bulks().find(bulk.id()).orElseThrow().tally().cancelled()).isEqualTo(1);
  }

  @Test
  void outcomesLeaveClaimsOutAndArePagedByIndex() {
    Bulk bulk = acceptedBulkOf(4);
    records()
        .ledger()
        .recordOutcome(orderOf(bulk, 0), outcome(0, TransferStatus.EXECUTED), "message");
    records().ledger().claim(orderOf(bulk, 1), "message");
    records()
        .ledger()
        .recordOutcome(orderOf(bulk, 2), outcome(2, TransferStatus.FAILED), "message");
    records()
        .ledger()
        .recordOutcome(orderOf(bulk, 3), outcome(3, TransferStatus.EXECUTED), "message");

    assertThat(records().transfers().outcomes(bulk.id(), 0, 4))
        .extracting(TransferOutcome::index)
        .containsExactly(0, 2, 3);
    assertThat(records().transfers().outcomes(bulk.id(), 1, 2))
        .extracting(TransferOutcome::index)
        .containsExactly(2);
  }

  @Test
  void aBulkStartsCancellingOnce() {
    Bulk bulk = acceptedBulkOf(1);

    boolean first = records().ledger().startCancelling(bulk.id(), "a transfer failed");
    boolean second = records().ledger().startCancelling(bulk.id(), "another transfer failed");

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(records().bulks().find(bulk.id()).orElseThrow().status())
        .isEqualTo(BulkStatus.CANCELLING);
  }

  @Test
  void aBulkIsMarkedFannedOut() {
    Bulk bulk = acceptedBulkOf(1);

    records().fanOut().markFannedOut(bulk.id());

    assertThat(records().bulks().find(bulk.id()).orElseThrow().fannedOut()).isTrue();
  }

  @Test
  void aBulkSettlesOnceOnlyWhenNothingIsPendingDebitingWhatWasExecuted() {
    Bulk bulk = acceptedBulkOf(2);
    records()
        .ledger()
        .recordOutcome(orderOf(bulk, 0), outcome(0, TransferStatus.EXECUTED), "message");
    boolean early =
        records()
            .settlement()
            .settle(records().bulks().find(bulk.id()).orElseThrow(), "early settlement");
    records()
        .ledger()
        .recordOutcome(orderOf(bulk, 1), outcome(1, TransferStatus.FAILED), "message");
    Bulk finished = records().bulks().find(bulk.id()).orElseThrow();

    boolean settled = records().settlement().settle(finished, "settlement");
    boolean again = records().settlement().settle(finished, "duplicate settlement");

    assertThat(early).isFalse();
    assertThat(settled).isTrue();
    assertThat(again).isFalse();
    Bulk after = records().bulks().find(bulk.id()).orElseThrow();
    assertThat(after.status()).isEqualTo(BulkStatus.PARTIALLY_COMPLETED);
    assertThat(after.settledAt()).isPresent();
    assertThat(balanceCents(BulkCommands.ORGANIZATION_IBAN)).isEqualTo(100_00 - 1_50);
    assertThat(reservedCents(BulkCommands.ORGANIZATION_IBAN)).isZero();
  }

  @Test
  void openBulksAreThoseNotSettledCreatedBeforeTheGivenTime() {
    openAccount(BulkCommands.ORGANIZATION_IBAN, ORGANIZATION, 100_00);
    Bulk old = accepted(bulkOf(1, NOON.minusSeconds(600)));
    Bulk settled = accepted(bulkOf(1, NOON.minusSeconds(600)));
    accepted(bulkOf(1, NOON));
    records()
        .ledger()
        .recordOutcome(orderOf(settled, 0), outcome(0, TransferStatus.EXECUTED), "message");
    records().settlement().settle(records().bulks().find(settled.id()).orElseThrow(), "settlement");

    List<Bulk> open = records().open().createdBefore(NOON.minusSeconds(60));

    assertThat(open).extracting(Bulk::id).containsExactly(old.id());
  }
}
