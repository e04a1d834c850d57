package com.finflow.transfers;

import com.finflow.shared.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Bulks, their transfers, submissions, outboxes and the accounts they reserve on, in memory, under
 * the same conditional rules as the DynamoDB tables: acceptance is all or nothing, an outcome is
 * recorded once, a claim and a cancellation of the same transfer exclude each other, a bulk settles
 * once, only when nothing is pending, against its reservation, and a notice enters the outbox with
 * the settlement or outcome that causes it, or not at all.
 */
public final class InMemoryBulks
    implements BulkAcceptance,
        Submissions,
        Bulks,
        BulkTransfers,
        TransferLedger,
        FanOutProgress,
        BulkSettlement,
        OpenBulks,
        NoticeOutbox {

  /** An account as the accounts table holds it. */
  public record Account(String organizationId, Money balance, Money reserved) {

    public Money available() {
      return balance.minus(reserved);
    }
  }

  private record StoredSubmission(Submission submission, boolean completed) {}

  /**
   * A claim (execution begun) shares the outcome's slot, as in the table: absent, claimed, or
   * ended.
   */
  private record Slot(Optional<TransferOutcome> outcome) {
    boolean claimed() {
      return outcome.isEmpty();
    }
  }

  private final Clock clock;
  private final Map<String, Account> accounts = new HashMap<>();
  private final Map<String, StoredSubmission> submissions = new HashMap<>();
  private final Map<String, Bulk> bulks = new HashMap<>();
  private final Map<String, List<CreditTransfer>> transfers = new HashMap<>();
  private final Map<String, TreeMap<Integer, Slot>> slots = new HashMap<>();
  private final Map<String, Map<String, OutboxNotice>> outboxes = new HashMap<>();

  public InMemoryBulks(Clock clock) {
    this.clock = clock;
  }

  public synchronized InMemoryBulks openAccount(String iban, String organizationId, Money balance) {
    accounts.put(iban, new Account(organizationId, balance, Money.zero(balance.currency())));
    return this;
  }

  public synchronized Account account(String iban) {
    return accounts.get(iban);
  }

  @Override
  public synchronized Acceptance accept(
      Bulk bulk, List<CreditTransfer> bulkTransfers, Submission submission) {
    String key = submission.organizationId() + "#" + submission.idempotencyKey();
    Optional<Acceptance> earlier = earlier(submission);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Account account = accounts.get(bulk.accountIban());
    if (account == null
        || !account.organizationId().equals(bulk.organizationId())
        || !account.balance().currency().equals(bulk.total().currency())) {
      return new Acceptance.NoSuchAccount();
    }
    if (account.available().isLessThan(bulk.total())) {
      return new Acceptance.InsufficientFunds(account.available(), bulk.total());
    }
    if (bulks.containsKey(bulk.id())) {
      throw new IllegalStateException("bulk " + bulk.id() + " exists");
    }
    submissions.put(key, new StoredSubmission(submission, false));
    bulks.put(bulk.id(), bulk);
    transfers.put(bulk.id(), List.copyOf(bulkTransfers));
    slots.put(bulk.id(), new TreeMap<>());
    accounts.put(
        bulk.accountIban(),
        new Account(
            account.organizationId(), account.balance(), account.reserved().plus(bulk.total())));
    return new Acceptance.Accepted();
  }

  @Override
  public synchronized Optional<Acceptance> earlier(Submission submission) {
    StoredSubmission existing =
        submissions.get(submission.organizationId() + "#" + submission.idempotencyKey());
    if (existing == null) {
      return Optional.empty();
    }
    if (!existing.submission().payloadHash().equals(submission.payloadHash())) {
      return Optional.of(new Acceptance.KeyReusedForAnotherPayload());
    }
    return Optional.of(
        existing.completed()
            ? new Acceptance.Replay(existing.submission().response())
            : new Acceptance.StillBeingAccepted());
  }

  @Override
  public synchronized void complete(String organizationId, String idempotencyKey) {
    submissions.computeIfPresent(
        organizationId + "#" + idempotencyKey,
        (key, stored) -> new StoredSubmission(stored.submission(), true));
  }

  @Override
  public synchronized Optional<Bulk> find(String bulkId) {
    return Optional.ofNullable(bulks.get(bulkId));
  }

  @Override
  public synchronized List<CreditTransfer> transfersOf(String bulkId) {
    List<CreditTransfer> submitted = new ArrayList<>(transfers.get(bulkId));
    submitted.sort(Comparator.comparingInt(CreditTransfer::index));
    return submitted;
  }

  @Override
  public synchronized List<TransferOutcome> outcomes(String bulkId, int fromIndex, int limit) {
    return slots
        .getOrDefault(bulkId, new TreeMap<>())
        .subMap(fromIndex, true, fromIndex + limit - 1, true)
        .values()
        .stream()
        .flatMap(slot -> slot.outcome().stream())
        .toList();
  }

  @Override
  public synchronized boolean claim(TransferOrder order, String cause) {
    TreeMap<Integer, Slot> bulkSlots = slotsOf(order.bulkId());
    Slot slot = bulkSlots.get(order.transfer().index());
    if (slot != null && !slot.claimed()) {
      return false;
    }
    bulkSlots.put(order.transfer().index(), new Slot(Optional.empty()));
    return true;
  }

  @Override
  public synchronized boolean recordOutcome(
      TransferOrder order, TransferOutcome outcome, String cause, Optional<OutboxNotice> notice) {
    TreeMap<Integer, Slot> bulkSlots = slotsOf(order.bulkId());
    Slot slot = bulkSlots.get(outcome.index());
    // Ending a claimed transfer is allowed; cancelling one is not: its payment may already have
    // left.
    boolean free = slot == null || (slot.claimed() && outcome.status() != TransferStatus.CANCELLED);
    if (!free) {
      return false;
    }
    bulkSlots.put(outcome.index(), new Slot(Optional.of(outcome)));
    Bulk bulk = bulks.get(order.bulkId());
    bulks.put(
        bulk.id(),
        withTally(bulk, counted(bulk.tally(), outcome.status(), order.transfer().amount())));
    notice.ifPresent(this::write);
    return true;
  }

  @Override
  public synchronized boolean startCancelling(String bulkId, String cause) {
    Bulk bulk = bulks.get(bulkId);
    if (bulk == null || bulk.status() != BulkStatus.ACCEPTED) {
      return false;
    }
    bulks.put(bulkId, withStatus(bulk, BulkStatus.CANCELLING, Optional.empty()));
    return true;
  }

  @Override
  public synchronized void markFannedOut(String bulkId) {
    Bulk bulk = bulks.get(bulkId);
    bulks.put(
        bulkId,
        new Bulk(
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
            bulk.idempotencyKey(),
            true));
  }

  @Override
  public synchronized boolean settle(Bulk read, String cause, Optional<OutboxNotice> notice) {
    Bulk stored = bulks.get(read.id());
    // As the table's condition: still open, and no outcome recorded since the bulk was read.
    if (stored == null
        || stored.status().settled()
        || !stored.tally().equals(read.tally())
        || !stored.allTransfersFinished()) {
      return false;
    }
    Account account = accounts.get(stored.accountIban());
    if (account.reserved().isLessThan(stored.total())) {
      throw new IllegalStateException("the reservation of bulk " + stored.id() + " is gone");
    }
    accounts.put(
        stored.accountIban(),
        new Account(
            account.organizationId(),
            account.balance().minus(stored.tally().executedAmount()),
            account.reserved().minus(stored.total())));
    bulks.put(
        stored.id(), withStatus(stored, stored.settledStatus(), Optional.of(clock.instant())));
    notice.ifPresent(this::write);
    return true;
  }

  @Override
  public synchronized List<Bulk> createdBefore(Instant before) {
    return bulks.values().stream()
        .filter(bulk -> !bulk.status().settled() && bulk.createdAt().isBefore(before))
        .sorted(Comparator.comparing(Bulk::createdAt))
        .toList();
  }

  @Override
  public synchronized List<OutboxNotice> pendingOf(String bulkId) {
    return List.copyOf(outboxes.getOrDefault(bulkId, Map.of()).values());
  }

  @Override
  public synchronized List<String> bulksWithNoticesDue(Instant now) {
    return outboxes.entrySet().stream()
        .filter(
            outbox ->
                outbox.getValue().values().stream()
                    .anyMatch(notice -> !notice.dueAt().isAfter(now)))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  @Override
  public synchronized boolean claim(OutboxNotice notice, Instant until) {
    Map<String, OutboxNotice> outbox = outboxes.getOrDefault(notice.bulkId(), Map.of());
    OutboxNotice stored = outbox.get(notice.notice().id());
    if (stored == null || !stored.dueAt().equals(notice.dueAt())) {
      return false;
    }
    outbox.put(notice.notice().id(), new OutboxNotice(notice.bulkId(), notice.notice(), until));
    return true;
  }

  @Override
  public synchronized void remove(OutboxNotice notice) {
    Map<String, OutboxNotice> outbox = outboxes.get(notice.bulkId());
    if (outbox != null) {
      outbox.remove(notice.notice().id());
      if (outbox.isEmpty()) {
        outboxes.remove(notice.bulkId());
      }
    }
  }

  private void write(OutboxNotice notice) {
    outboxes
        .computeIfAbsent(notice.bulkId(), bulkId -> new LinkedHashMap<>())
        .put(notice.notice().id(), notice);
  }

  private TreeMap<Integer, Slot> slotsOf(String bulkId) {
    TreeMap<Integer, Slot> bulkSlots = slots.get(bulkId);
    if (bulkSlots == null) {
      throw new IllegalStateException("no bulk " + bulkId);
    }
    return bulkSlots;
  }

  private static Tally counted(Tally tally, TransferStatus status, Money amount) {
    return switch (status) {
      case EXECUTED ->
          new Tally(
              tally.executed() + 1,
              tally.failed(),
              tally.cancelled(),
              tally.executedAmount().plus(amount),
              tally.failedAmount(),
              tally.cancelledAmount());
      case FAILED ->
          new Tally(
              tally.executed(),
              tally.failed() + 1,
              tally.cancelled(),
              tally.executedAmount(),
              tally.failedAmount().plus(amount),
              tally.cancelledAmount());
      case CANCELLED ->
          new Tally(
              tally.executed(),
              tally.failed(),
              tally.cancelled() + 1,
              tally.executedAmount(),
              tally.failedAmount(),
              tally.cancelledAmount().plus(amount));
      case PENDING -> throw new IllegalArgumentException("pending is not an outcome");
    };
  }

  private static Bulk withTally(Bulk bulk, Tally tally) {
    return new Bulk(
        bulk.id(),
        bulk.organizationId(),
        bulk.accountIban(),
        bulk.mode(),
        bulk.status(),
        bulk.transferCount(),
        bulk.total(),
        tally,
        bulk.createdAt(),
        bulk.settledAt(),
        bulk.webhookUrl(),
        bulk.idempotencyKey(),
        bulk.fannedOut());
  }

  private static Bulk withStatus(Bulk bulk, BulkStatus status, Optional<Instant> settledAt) {
    return new Bulk(
        bulk.id(),
        bulk.organizationId(),
        bulk.accountIban(),
        bulk.mode(),
        status,
        bulk.transferCount(),
        bulk.total(),
        bulk.tally(),
        bulk.createdAt(),
        settledAt,
        bulk.webhookUrl(),
        bulk.idempotencyKey(),
        bulk.fannedOut());
  }
}
