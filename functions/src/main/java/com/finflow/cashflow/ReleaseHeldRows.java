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
 * to release, and a row that became part of a batch payment meanwhile is no longer held.
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
    RateBook book = new RateBook(rates.all(organizationId));
    RowRules rules =
        new RowRules(
            new Directory(Map.of()), book, false, IngestBatch.shardOf(currency + "|" + from));
    int released = 0;
    Optional<String> cursor = Optional.empty();
    do {
      BatchLedger.HeldRows page =
          ledger.held(organizationId, currency, from, cursor, ROWS_PER_PAGE);
      List<QuarantinedRow> pending = page.rows();
      SpilledMonths spilled = new SpilledMonths();
      while (!pending.isEmpty()) {
        Attempt attempt = attempt(organizationId, pending, rules, spilled);
        if (attempt.step().items() == 0
            || spilled.commit(() -> ledger.commitRelease(organizationId, attempt.step()))) {
          released += attempt.released();
          pending = pending.subList(attempt.decided(), pending.size());
        }
      }
      cursor = page.next();
    } while (cursor.isPresent());
    return released;
  }

  private record Attempt(ReleaseStep step, int decided, int released) {}

  private Attempt attempt(
      String organizationId, List<QuarantinedRow> pending, RowRules rules, SpilledMonths spilled) {
    Set<GroupKey> keys = new LinkedHashSet<>();
    pending.forEach(row -> row.row().read().ifPresent(t -> keys.add(GroupKey.of(row.source(), t))));
    StepDraft draft = new StepDraft(ledger.groups(organizationId, keys), 0);
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
            spilled.merged(more.updates()).size() - spilled.merged(deltas.updates()).size();
        if (!draft.tryAdd(effect.get(), updates)) {
          break;
        }
        deltas = more;
        released++;
      }
      decided++;
    }
    return new Attempt(
        new ReleaseStep(draft.groupWrites(), draft.released(), spilled.merged(deltas.updates())),
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
