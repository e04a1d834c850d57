package com.finflow.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.webhooks.WebhookNotice;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The notice outbox's rules, on every implementation of the bulk ports: a notice is written in the
 * same transaction as the step that causes it or not at all, found when due, claimed once per
 * reading and removed once.
 */
public abstract class NoticeOutboxContract extends BulkFixture {

  @Test
  void aSettlementWritesItsNoticeToTheOutboxInTheSameTransactionOrNotAtAll() {
    Bulk bulk = acceptedBulkOf(2);
    records()
        .ledger()
        .recordOutcome(orderOf(bulk, 0), outcome(0, TransferStatus.EXECUTED), "message");
    boolean early =
        records()
            .settlement()
            .settle(
                records().bulks().find(bulk.id()).orElseThrow(),
                "early settlement",
                Optional.of(notice(bulk, "early", NOON)));
    records()
        .ledger()
        .recordOutcome(orderOf(bulk, 1), outcome(1, TransferStatus.FAILED), "message");
    Bulk finished = records().bulks().find(bulk.id()).orElseThrow();
    OutboxNotice settled = notice(bulk, "bulk.settled:" + bulk.id(), NOON.plusSeconds(30));

    boolean first = records().settlement().settle(finished, "settlement", Optional.of(settled));
    boolean again =
        records()
            .settlement()
            .settle(finished, "duplicate settlement", Optional.of(notice(bulk, "again", NOON)));

    assertThat(early).isFalse();
    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(records().outbox().pendingOf(bulk.id())).containsExactly(settled);
  }

  @Test
  void aFailedOutcomeWritesItsNoticeOnlyWhenItIsRecorded() {
    Bulk bulk = acceptedBulkOf(1);
    OutboxNotice failed = notice(bulk, "transfer.failed:" + bulk.id() + ":0", NOON);

    boolean recorded =
        records()
            .ledger()
            .recordOutcome(
                orderOf(bulk, 0),
                outcome(0, TransferStatus.FAILED),
                "message 1",
                Optional.of(failed));
    boolean duplicate =
        records()
            .ledger()
            .recordOutcome(
                orderOf(bulk, 0),
                outcome(0, TransferStatus.FAILED),
                "message 1 again",
                Optional.of(notice(bulk, "duplicate", NOON)));

    assertThat(recorded).isTrue();
    assertThat(duplicate).isFalse();
    assertThat(records().outbox().pendingOf(bulk.id())).containsExactly(failed);
  }

  @Test
  void bulksWithNoticesDueAreFoundEachOnceAndOthersAreNot() {
    openAccount(BulkCommands.ORGANIZATION_IBAN, ORGANIZATION, 100_00);
    Bulk due = accepted(bulkOf(2, NOON));
    Bulk held = accepted(bulkOf(1, NOON));
    settleWith(due, notice(due, "due-1", NOON.minusSeconds(1)), notice(due, "due-2", NOON));
    settleWith(held, notice(held, "held", NOON.plusMillis(1)));

    List<String> bulks = records().outbox().bulksWithNoticesDue(NOON);

    assertThat(bulks).containsExactly(due.id());
    assertThat(records().outbox().pendingOf(held.id()))
        .extracting(pending -> pending.notice().id())
        .containsExactly("held");
  }

  @Test
  void aNoticeIsClaimedOncePerReadingAndRemovedOnce() {
    Bulk bulk = acceptedBulkOf(1);
    settleWith(bulk, notice(bulk, "n-1", NOON));
    OutboxNotice read = records().outbox().pendingOf(bulk.id()).getFirst();

    boolean claimed = records().outbox().claim(read, NOON.plusSeconds(30));
    boolean claimedOnTheSameReading = records().outbox().claim(read, NOON.plusSeconds(60));
    OutboxNotice afterClaim = records().outbox().pendingOf(bulk.id()).getFirst();
    records().outbox().remove(afterClaim);
    records().outbox().remove(afterClaim);

    assertThat(claimed).isTrue();
    assertThat(claimedOnTheSameReading).isFalse();
    assertThat(afterClaim.dueAt()).isEqualTo(NOON.plusSeconds(30));
    assertThat(records().outbox().pendingOf(bulk.id())).isEmpty();
    assertThat(records().outbox().claim(afterClaim, NOON.plusSeconds(90)))
        .as("a removed notice")
        .isFalse();
    assertThat(records().outbox().bulksWithNoticesDue(NOON.plusSeconds(3600)))
        .doesNotContain(bulk.id());
  }

  /** Ends every transfer of the bulk (executed) and settles it with these notices. */
  private void settleWith(Bulk bulk, OutboxNotice... notices) {
    for (int index = 0; index < bulk.transferCount(); index++) {
      records()
          .ledger()
          .recordOutcome(
              orderOf(bulk, index),
              outcome(index, TransferStatus.EXECUTED),
              "message",
              index < notices.length - 1 ? Optional.of(notices[index]) : Optional.empty());
    }
    assertThat(
            records()
                .settlement()
                .settle(
                    records().bulks().find(bulk.id()).orElseThrow(),
                    "settlement",
                    Optional.of(notices[notices.length - 1])))
        .isTrue();
  }

  private static OutboxNotice notice(Bulk bulk, String id, Instant dueAt) {
    return new OutboxNotice(
        bulk.id(),
        new WebhookNotice(
            id,
            "bulk.settled",
            bulk.organizationId(),
            "bulk/" + bulk.id(),
            URI.create("https://hooks.example.com/finflow"),
            Map.of(
                "bulk_id",
                bulk.id(),
                "transfer_count",
                bulk.transferCount(),
                "counts",
                Map.of("executed", 1, "failed", 0),
                "amounts",
                Map.of("total", "2.50", "currency", "EUR"))),
        dueAt);
  }
}
