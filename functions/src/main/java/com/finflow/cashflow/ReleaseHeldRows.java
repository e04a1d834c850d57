package com.finflow.cashflow;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Releases the rows of a currency that waited for a rate ({@link Rule#NO_EXCHANGE_RATE}) now that
 * one is in force for their day: each counts from then on, exactly once. A step changes a row's
 * group from waiting to counted under a condition on the group as read, removes its quarantine
 * entries and adds its contribution in the same transaction: a repeated request finds nothing left
 * to release, and a row that became part of a batch payment meanwhile is no longer held. A step
 * also holds only while the rate book is the one it converted with.
 */
public final class ReleaseHeldRows {

  static final int ROWS_PER_PAGE = 25;

  private final BatchLedger ledger;
  private final ExchangeRates rates;

  public ReleaseHeldRows(BatchLedger ledger, ExchangeRates rates) {
    this.ledger = ledger;
    this.rates = rates;
  }

  /** Releases what it can; returns how many rows now count. */
  public int release(String organizationId, String currency, LocalDate from) {
    int shard = IngestBatch.shardOf(currency + "|" + from);
    RateBook book = rates.book(organizationId);
    int released = 0;
    Optional<String> cursor = Optional.empty();
    do {
      BatchLedger.HeldRows page =
          ledger.held(organizationId, currency, from, cursor, ROWS_PER_PAGE);
      List<QuarantinedRow> pending = page.rows();
      SpilledMonths spilled = new SpilledMonths();
      while (!pending.isEmpty()) {
        RowRules rules = new RowRules(new Directory(Map.of()), book, false, shard);
        Attempt attempt = attempt(organizationId, pending, rules, book, shard, spilled);
        ReleaseStep step = attempt.step();
        boolean nothing = step.groups().isEmpty() && step.released().isEmpty();
        if (nothing || spilled.commit(() -> ledger.commitRelease(organizationId, step))) {
          released += attempt.released();
          pending = pending.subList(attempt.decided(), pending.size());
        } else {
          // A group or the rate book changed meanwhile: decide again on what is now.
          book = rates.book(organizationId);
        }
      }
      cursor = page.next();
    } while (cursor.isPresent());
    return released;
  }

  private record Attempt(ReleaseStep step, int decided, int released) {}

  private Attempt attempt(
      String organizationId,
      List<QuarantinedRow> pending,
      RowRules rules,
      RateBook book,
      int shard,
      SpilledMonths spilled) {
    Set<GroupKey> keys = new LinkedHashSet<>();
    pending.forEach(row -> row.row().read().ifPresent(t -> keys.add(GroupKey.of(row.source(), t))));
    // The rate book's check.
    StepDraft draft = new StepDraft(ledger.groups(organizationId, keys), 1);
    Deltas deltas = new Deltas();
    int decided = 0;
    int released = 0;
    for (QuarantinedRow row : pending) {
      Optional<RowEffect> effect = release(row, draft, rules);
      if (effect.isPresent()) {
        Deltas more = new Deltas();
        more.addAll(deltas);
        more.addAll(effect.get().deltas());
        int updates =
            spilled.merged(more.withoutRateUsage().updates()).size()
                - spilled.merged(deltas.withoutRateUsage().updates()).size()
                + RateUse.itemsAdded(deltas, effect.get().deltas());
        if (!draft.tryAdd(effect.get(), updates)) {
          break;
        }
        deltas = more;
        released++;
      }
      decided++;
    }
    return new Attempt(
        new ReleaseStep(
            draft.groupWrites(),
            draft.released(),
            spilled.merged(deltas.withoutRateUsage().updates()),
            RateUse.of(book, shard, deltas)),
        decided,
        released);
  }

  /** The release of a row still held alone in its group with a rate in force now. */
  private static Optional<RowEffect> release(QuarantinedRow row, StepDraft draft, RowRules rules) {
    Optional<Transaction> transaction = row.row().read();
    if (transaction.isEmpty()) {
      return Optional.empty();
    }
    GroupKey key = GroupKey.of(row.source(), transaction.get());
    Group group = draft.group(key);
    boolean stillHeld =
        group.member().isPresent()
            && group.member().get().counted().isEmpty()
            && group.member().get().row().ref().equals(row.ref());
    if (!stillHeld) {
      return Optional.empty();
    }
    Optional<Contribution> counted = rules.contribution(row, transaction.get());
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    Deltas deltas = new Deltas();
    counted.get().addTo(deltas, 1);
    row.addTo(deltas, -1, IngestBatch.shardOf(row.ref().batchId()));
    Group after = group.withMember(new Group.Member(row.as(Rule.BATCH_PAYMENT), counted));
    return Optional.of(
        new RowEffect(
            Optional.of(new GroupWrite(key, group, after)), List.of(), List.of(row), deltas));
  }
}
