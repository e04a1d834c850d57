package com.finflow.cashflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies a batch exactly once, in two phases of atomic steps, each committed with the batch's
 * progress. First the rows, in order: each is decided (its rule, or its contribution) against its
 * batch-payment group, and a step writes the groups and quarantined rows of a few dozen rows with
 * their summed deltas in the batch's journal. Then the journal, summed over the whole batch, is
 * added to the aggregates: a chronological batch touches each account's month once, not once per
 * row. A crash anywhere resumes at the stored progress; the second phase's list of updates is the
 * same on every attempt because the journal no longer changes.
 *
 * <p>A rate's release may run before the rows held for it are written: a batch that read the rates
 * before the rate arrived holds its rows, and the release finds none yet. So once the rows are
 * written, the batch reads the rates again and asks for the release itself of each currency it held
 * rows of that now has a rate (a release is harmless when nothing waits).
 */
public final class IngestBatch {

  /** Rows read (and their groups fetched) per first-phase step, before the item limit applies. */
  static final int ROWS_PER_STEP = 90;

  private final BatchLedger ledger;
  private final Companies companies;
  private final ExchangeRates rates;
  private final CashflowSettings settings;
  private final ReleaseRequests releases;

  /**
   * The months each organization's deliveries found full, kept for the worker's life: a full month
   * stays full (its mark is never removed), so later batches write its figures to day items from
   * their first try instead of each having one step refused.
   */
  private final Map<String, SpilledMonths> spilledMonths = new ConcurrentHashMap<>();

  public IngestBatch(
      BatchLedger ledger,
      Companies companies,
      ExchangeRates rates,
      CashflowSettings settings,
      ReleaseRequests releases) {
    this.ledger = ledger;
    this.companies = companies;
    this.rates = rates;
    this.settings = settings;
    this.releases = releases;
  }

  /** How {@link #ingest} ended. */
  public enum Outcome {
    APPLIED,
    ALREADY_APPLIED,
    SET_ASIDE
  }

  public Outcome ingest(String organizationId, Batch batch) {
    return ingest(organizationId, batch, WorkingTime.UNBOUNDED);
  }

  /**
   * @throws OutOfWorkingTime when {@code time} ends before the batch does: it stops between two
   *     steps, and a later delivery goes on from the stored progress
   */
  public Outcome ingest(String organizationId, Batch batch, WorkingTime time) {
    String digest = batch.digest();
    int rows = batch.rows().size();
    BatchLedger.Claim claim =
        ledger.claim(organizationId, batch.source(), batch.batchId(), digest, rows);
    if (claim instanceof BatchLedger.Claim.Reused) {
      ledger.setAside(
          organizationId, new RefusedBatch(batch.source(), batch.batchId(), digest, rows));
      return Outcome.SET_ASIDE;
    }
    BatchLedger.Claim.Open progress = (BatchLedger.Claim.Open) claim;
    if (progress.done()) {
      return Outcome.ALREADY_APPLIED;
    }
    RowRules rules =
        new RowRules(
            companies.directory(organizationId),
            new RateBook(rates.all(organizationId)),
            settings.strictIbans(organizationId),
            shardOf(batch.batchId()));
    int next = progress.next();
    Set<String> held = new TreeSet<>();
    while (next < rows) {
      goOnOrStop(time, batch, next);
      RowStep step = rowStep(organizationId, batch, next, rules);
      if (ledger.commitRows(organizationId, step)) {
        next = step.to();
        step.quarantined().stream()
            .filter(row -> row.heldDay().isPresent())
            .forEach(row -> held.add(row.row().currency()));
      } else {
        next = reread(organizationId, batch);
      }
      if (next < 0) {
        return Outcome.APPLIED;
      }
    }
    askForReleasesAgain(organizationId, batch, progress.next(), held);
    Deltas total = new Deltas();
    ledger.journal(organizationId, batch.batchId()).forEach(total::addAll);
    List<AggregateUpdate> updates = total.updates();
    SpilledMonths spilled = spilledMonths.computeIfAbsent(organizationId, o -> new SpilledMonths());
    while (true) {
      goOnOrStop(time, batch, next);
      TotalsStep step = totalsStep(batch.batchId(), rows, next, updates, spilled);
      if (spilled.commit(() -> ledger.commitTotals(organizationId, step))) {
        if (step.last()) {
          return Outcome.APPLIED;
        }
        next = step.to();
      } else {
        next = reread(organizationId, batch);
        if (next < 0) {
          return Outcome.APPLIED;
        }
      }
    }
  }

  /**
   * Asks for the release of each currency that rows were held for and now has a rate. A delivery
   * that resumed a batch does not know what earlier ones held, so it asks for every currency of the
   * rows they decided.
   */
  private void askForReleasesAgain(
      String organizationId, Batch batch, int resumedAt, Set<String> held) {
    Set<String> suspects = new TreeSet<>(held);
    batch.rows().stream()
        .limit(resumedAt)
        .map(FeedRow::currency)
        .filter(currency -> !RateBook.EUR.equals(currency))
        .forEach(suspects::add);
    if (suspects.isEmpty()) {
      return;
    }
    RateBook now = new RateBook(rates.all(organizationId));
    suspects.forEach(
        currency ->
            now.firstStart(currency)
                .ifPresent(start -> releases.request(organizationId, currency, start)));
  }

  private static void goOnOrStop(WorkingTime time, Batch batch, int next) {
    if (!time.allowsAnotherStep()) {
      throw new OutOfWorkingTime(batch.batchId(), next);
    }
  }

  /** The stored progress after a step was refused; -1 once another delivery finished the batch. */
  private int reread(String organizationId, Batch batch) {
    BatchLedger.Claim.Open progress = ledger.progress(organizationId, batch.batchId());
    return progress.done() ? -1 : progress.next();
  }

  private RowStep rowStep(String organizationId, Batch batch, int from, RowRules rules) {
    int end = Math.min(batch.rows().size(), from + ROWS_PER_STEP);
    Set<GroupKey> keys = new LinkedHashSet<>();
    for (int position = from; position < end; position++) {
      rules.groupOf(batch.source(), batch.rows().get(position)).ifPresent(keys::add);
    }
    Map<GroupKey, Group> groups = ledger.groups(organizationId, keys);
    StepDraft draft = new StepDraft(groups, 2);
    int position = from;
    while (position < end) {
      RowEffect effect =
          rules.decide(
              batch.source(),
              new RowRef(batch.batchId(), position),
              batch.rows().get(position),
              draft);
      if (!draft.tryAdd(effect, 0)) {
        break;
      }
      position++;
    }
    return new RowStep(
        batch.batchId(),
        from,
        position,
        draft.groupWrites(),
        draft.quarantined(),
        draft.released(),
        draft.deltas());
  }

  /**
   * The journal updates from {@code next} on that fit one transaction: one item for the progress,
   * and an aggregate written at most once.
   */
  private static TotalsStep totalsStep(
      String batchId, int rows, int next, List<AggregateUpdate> updates, SpilledMonths spilled) {
    int offset = next - rows;
    int taken = 0;
    List<AggregateUpdate> writes = new ArrayList<>();
    Set<AggregateKey> keys = new HashSet<>();
    while (offset + taken < updates.size()) {
      List<AggregateUpdate> more = spilled.writes(updates.get(offset + taken));
      Set<AggregateKey> moreKeys = new HashSet<>();
      more.forEach(write -> moreKeys.add(write.key()));
      boolean fits =
          writes.size() + more.size() < BatchLedger.MAX_STEP_ITEMS
              && moreKeys.stream().noneMatch(keys::contains);
      if (!fits && taken > 0) {
        break;
      }
      writes.addAll(more);
      keys.addAll(moreKeys);
      taken++;
    }
    return new TotalsStep(batchId, next, next + taken, writes, offset + taken == updates.size());
  }

  /** Spreads the rule counters of concurrent batches over a few items. */
  static int shardOf(String text) {
    return Math.floorMod(text.hashCode(), AggregateKey.RuleCounts.SHARDS);
  }
}
