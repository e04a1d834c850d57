package com.finflow.cashflow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cashflow ports one DynamoDB transaction spans (the batch ledger, the aggregates and the
 * quarantine) in memory, sharing one lock and one state, each step applied atomically under the
 * same conditions as the DynamoDB adapter: the batch's progress, and each group's version. It can
 * crash before a chosen commit, and counts the items written. The other ports have fakes of their
 * own, held here so that a test builds the whole feature from one store.
 */
public final class InMemoryCashflow implements BatchLedger, Aggregates, QuarantineRecords {

  private record BatchRecord(String digest, int next, boolean done) {}

  public final InMemoryCompanies companies = new InMemoryCompanies();
  public final InMemoryExchangeRates rates = new InMemoryExchangeRates();
  public final InMemoryCashflowSettings settings = new InMemoryCashflowSettings();
  public final InMemoryCashflowQueues queues = new InMemoryCashflowQueues();

  private final Map<String, BatchRecord> batches = new HashMap<>();
  private final Map<String, TreeMap<Integer, Deltas>> journals = new HashMap<>();
  private final Set<String> refused = new HashSet<>();
  private final Map<String, Group> groups = new HashMap<>();
  private final Map<String, TreeMap<String, QuarantineEntry>> quarantine = new HashMap<>();
  private final Map<String, TreeMap<String, QuarantinedRow>> held = new HashMap<>();
  private final Map<String, Figures> aggregates = new HashMap<>();
  final AtomicInteger itemsWritten = new AtomicInteger();
  private int commitsBeforeCrash = -1;
  private final DynamoLimits limits = new DynamoLimits();

  /** Month and day aggregates hold at most {@code bytes} (400 KB, as on DynamoDB, by default). */
  synchronized void monthAndDayItemsAtMost(int bytes) {
    limits.monthAndDayItemsAtMost(bytes);
  }

  /** The next commits fail (as a crashed worker would) after {@code commits} more succeed. */
  synchronized void crashAfter(int commits) {
    commitsBeforeCrash = commits;
  }

  synchronized void noMoreCrashes() {
    commitsBeforeCrash = -1;
  }

  // Batches

  @Override
  public synchronized Claim claim(
      String organizationId, Source source, String batchId, String digest, int rows) {
    BatchRecord record =
        batches.computeIfAbsent(
            batchKey(organizationId, batchId), k -> new BatchRecord(digest, 0, false));
    return record.digest().equals(digest)
        ? new Claim.Open(record.next(), record.done())
        : new Claim.Reused();
  }

  @Override
  public synchronized Claim.Open progress(String organizationId, String batchId) {
    BatchRecord record = batches.get(batchKey(organizationId, batchId));
    return new Claim.Open(record.next(), record.done());
  }

  @Override
  public synchronized void setAside(String organizationId, RefusedBatch refusedBatch) {
    String key = batchKey(organizationId, refusedBatch.batchId()) + "|" + refusedBatch.digest();
    if (refused.add(key)) {
      quarantineOf(organizationId)
          .put(
              Rule.BATCH_ID_REUSED + "|" + refusedBatch.batchId() + "|" + refusedBatch.digest(),
              refusedBatch);
      aggregate(organizationId, new AggregateKey.RuleCounts(0))
          .add(
              FigureNames.ruleCount(Rule.BATCH_ID_REUSED, refusedBatch.source()),
              refusedBatch.rows());
    }
  }

  @Override
  public synchronized Map<GroupKey, Group> groups(String organizationId, Set<GroupKey> keys) {
    Map<GroupKey, Group> read = new LinkedHashMap<>();
    keys.forEach(
        key -> read.put(key, groups.getOrDefault(groupKey(organizationId, key), Group.none())));
    return read;
  }

  @Override
  public synchronized boolean commitRows(String organizationId, RowStep step) {
    limits.checkTransaction(step.items());
    BatchRecord record = batches.get(batchKey(organizationId, step.batchId()));
    if (record.next() != step.from() || !groupsUnchanged(organizationId, step.groups())) {
      return false;
    }
    crashIfDue();
    step.groups()
        .forEach(write -> groups.put(groupKey(organizationId, write.key()), write.after()));
    step.released().forEach(row -> remove(organizationId, row));
    step.quarantined().forEach(row -> put(organizationId, row));
    journals
        .computeIfAbsent(batchKey(organizationId, step.batchId()), k -> new TreeMap<>())
        .put(step.from(), step.journal());
    batches.put(
        batchKey(organizationId, step.batchId()),
        new BatchRecord(record.digest(), step.to(), false));
    itemsWritten.addAndGet(step.items());
    return true;
  }

  @Override
  public synchronized List<Deltas> journal(String organizationId, String batchId) {
    return List.copyOf(
        journals.getOrDefault(batchKey(organizationId, batchId), new TreeMap<>()).values());
  }

  @Override
  public synchronized boolean commitTotals(String organizationId, TotalsStep step) {
    limits.checkTransaction(step.updates().size() + 1);
    BatchRecord record = batches.get(batchKey(organizationId, step.batchId()));
    if (record.done() || record.next() != step.from()) {
      return false;
    }
    refuseOversized(organizationId, step.updates());
    crashIfDue();
    step.updates()
        .forEach(update -> aggregate(organizationId, update.key()).addAll(update.figures()));
    batches.put(
        batchKey(organizationId, step.batchId()),
        new BatchRecord(record.digest(), step.to(), step.last()));
    itemsWritten.addAndGet(step.updates().size() + 1);
    return true;
  }

  @Override
  public synchronized HeldRows held(
      String organizationId, String currency, LocalDate from, Optional<String> cursor, int limit) {
    NavigableMap<String, QuarantinedRow> all =
        held.getOrDefault(organizationId + "|" + currency, new TreeMap<>())
            .tailMap(from.toString(), true);
    NavigableMap<String, QuarantinedRow> after = cursor.map(c -> all.tailMap(c, false)).orElse(all);
    List<String> keys = after.keySet().stream().limit(limit).toList();
    return new HeldRows(
        keys.stream().map(after::get).toList(),
        after.size() > limit ? Optional.of(keys.get(keys.size() - 1)) : Optional.empty());
  }

  @Override
  public synchronized boolean commitRelease(String organizationId, ReleaseStep step) {
    limits.checkTransaction(step.items());
    if (!groupsUnchanged(organizationId, step.groups())) {
      return false;
    }
    refuseOversized(organizationId, step.updates());
    crashIfDue();
    step.groups()
        .forEach(write -> groups.put(groupKey(organizationId, write.key()), write.after()));
    step.released().forEach(row -> remove(organizationId, row));
    step.updates()
        .forEach(update -> aggregate(organizationId, update.key()).addAll(update.figures()));
    itemsWritten.addAndGet(step.items());
    return true;
  }

  // Reads

  @Override
  public synchronized Map<AggregateKey, Figures> read(
      String organizationId, Collection<AggregateKey> keys) {
    Map<AggregateKey, Figures> read = new LinkedHashMap<>();
    keys.forEach(key -> read.put(key, Figures.of(aggregate(organizationId, key).asMap())));
    return read;
  }

  @Override
  public synchronized Map<AggregateKey, Figures> readDays(
      String organizationId, Collection<AggregateKey> keys) {
    Map<AggregateKey, Figures> read = new LinkedHashMap<>();
    keys.forEach(
        key -> {
          Figures days = new Figures();
          aggregate(organizationId, key)
              .asMap()
              .forEach(
                  (name, value) -> {
                    if (FigureNames.isOfADay(name)) {
                      days.add(name, value);
                    }
                  });
          read.put(key, days);
        });
    return read;
  }

  @Override
  public synchronized QuarantineRecords.Page list(
      String organizationId,
      Optional<Rule> rule,
      Optional<String> companyId,
      Optional<String> cursor,
      int limit) {
    NavigableMap<String, QuarantineEntry> all = quarantineOf(organizationId);
    if (rule.isPresent()) {
      all = all.subMap(rule.get() + "|", true, rule.get() + "|" + Character.MAX_VALUE, true);
    }
    NavigableMap<String, QuarantineEntry> from = all;
    NavigableMap<String, QuarantineEntry> after =
        cursor.map(c -> from.tailMap(c, false)).orElse(from);
    List<String> keys =
        after.entrySet().stream()
            .filter(
                entry ->
                    companyId.isEmpty()
                        || (entry.getValue() instanceof QuarantinedRow row
                            && row.companyIds().contains(companyId.get())))
            .limit(limit + 1L)
            .map(Map.Entry::getKey)
            .toList();
    List<String> page = keys.subList(0, Math.min(limit, keys.size()));
    NavigableMap<String, QuarantineEntry> source = after;
    return new QuarantineRecords.Page(
        page.stream().map(source::get).toList(),
        keys.size() > limit ? Optional.of(page.get(page.size() - 1)) : Optional.empty());
  }

  /** Quarantined rows as listed, for assertions. */
  synchronized List<QuarantineEntry> quarantined(String organizationId) {
    return List.copyOf(quarantineOf(organizationId).values());
  }

  synchronized int heldRows(String organizationId, String currency) {
    return held.getOrDefault(organizationId + "|" + currency, new TreeMap<>()).size();
  }

  private boolean groupsUnchanged(String organizationId, List<GroupWrite> writes) {
    return writes.stream()
        .allMatch(
            write ->
                groups.getOrDefault(groupKey(organizationId, write.key()), Group.none()).version()
                    == write.before().version());
  }

  private void crashIfDue() {
    if (commitsBeforeCrash == 0) {
      throw new IllegalStateException("worker crashed before this commit");
    }
    if (commitsBeforeCrash > 0) {
      commitsBeforeCrash--;
    }
  }

  private void put(String organizationId, QuarantinedRow row) {
    quarantineOf(organizationId).put(entryKey(row), row);
    row.heldDay()
        .ifPresent(
            day ->
                held.computeIfAbsent(
                        organizationId + "|" + row.row().currency(), k -> new TreeMap<>())
                    .put(day + "|" + row.ref().text(), row));
  }

  private void remove(String organizationId, QuarantinedRow row) {
    quarantineOf(organizationId).remove(entryKey(row));
    row.heldDay()
        .ifPresent(
            day ->
                held.getOrDefault(organizationId + "|" + row.row().currency(), new TreeMap<>())
                    .remove(day + "|" + row.ref().text()));
  }

  private TreeMap<String, QuarantineEntry> quarantineOf(String organizationId) {
    return quarantine.computeIfAbsent(organizationId, o -> new TreeMap<>());
  }

  /** How many day aggregates hold figures: a month's written there once its item was full. */
  synchronized long dayAggregates() {
    return aggregates.entrySet().stream()
        .filter(entry -> entry.getKey().contains("|D|") && !entry.getValue().isEmpty())
        .count();
  }

  /** Refuses the whole step when an update would make its item too big. */
  private void refuseOversized(String organizationId, List<AggregateUpdate> updates) {
    for (AggregateUpdate update : updates) {
      Figures after = Figures.of(aggregate(organizationId, update.key()).asMap());
      after.addAll(update.figures());
      limits.checkItem(update.key(), after);
    }
  }

  private Figures aggregate(String organizationId, AggregateKey key) {
    return aggregates.computeIfAbsent(organizationId + "|" + key.id(), k -> new Figures());
  }

  private static String entryKey(QuarantinedRow row) {
    return row.rule() + "|" + row.ref().text();
  }

  private static String batchKey(String organizationId, String batchId) {
    return organizationId + "|" + batchId;
  }

  private static String groupKey(String organizationId, GroupKey key) {
    return organizationId + "|" + key;
  }
}
