package com.finflow.cashflow.adapters;

import static com.finflow.cashflow.adapters.CashflowKeys.PK;
import static com.finflow.cashflow.adapters.CashflowKeys.SK;
import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;

import com.finflow.cashflow.AggregateFull;
import com.finflow.cashflow.AggregateKey;
import com.finflow.cashflow.AggregateUpdate;
import com.finflow.cashflow.BatchLedger;
import com.finflow.cashflow.Deltas;
import com.finflow.cashflow.FigureNames;
import com.finflow.cashflow.Figures;
import com.finflow.cashflow.Group;
import com.finflow.cashflow.GroupKey;
import com.finflow.cashflow.GroupWrite;
import com.finflow.cashflow.QuarantinedRow;
import com.finflow.cashflow.RefusedBatch;
import com.finflow.cashflow.ReleaseStep;
import com.finflow.cashflow.RowRef;
import com.finflow.cashflow.RowStep;
import com.finflow.cashflow.Rule;
import com.finflow.cashflow.Source;
import com.finflow.cashflow.TotalsStep;
import com.finflow.shared.aws.ItemBatches;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Batches, groups, quarantined rows and aggregates written in the cashflow table. Every step is one
 * transaction ({@code TransactWriteItems}, at most 100 items) holding the batch's progress under a
 * condition ({@code next = :from}) and each group under its version; aggregates only ever get
 * {@code ADD}.
 */
final class DynamoBatchLedger implements BatchLedger {

  /** A journal entry is needed only until its batch is applied; kept a while for inspection. */
  private static final Duration JOURNAL_RETENTION = Duration.ofDays(7);

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final Clock clock;

  DynamoBatchLedger(DynamoDbClient dynamoDb, String table, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.clock = clock;
  }

  @Override
  public Claim claim(
      String organizationId, Source source, String batchId, String digest, int rows) {
    String pk = CashflowKeys.batch(organizationId, batchId);
    Map<String, AttributeValue> item = new HashMap<>(CashflowKeys.key(pk, "BATCH"));
    item.put("digest", s(digest));
    item.put("source", s(source.name()));
    item.put("rows", n(rows));
    item.put("next", n(0));
    item.put("done", AttributeValue.fromBool(false));
    try {
      dynamoDb.putItem(
          request ->
              request.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
      return new Claim.Open(0, false);
    } catch (ConditionalCheckFailedException claimed) {
      Map<String, AttributeValue> stored = batchRecord(organizationId, batchId);
      return stored.get("digest").s().equals(digest) ? open(stored) : new Claim.Reused();
    }
  }

  @Override
  public Claim.Open progress(String organizationId, String batchId) {
    return open(batchRecord(organizationId, batchId));
  }

  @Override
  public void setAside(String organizationId, RefusedBatch refused) {
    String pk = CashflowKeys.batch(organizationId, refused.batchId());
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(
        put(
            Map.of(PK, s(pk), SK, s("REFUSED#" + refused.digest()), "rows", n(refused.rows())),
            Optional.of("attribute_not_exists(pk)")));
    writes.add(
        put(
            entryItem(
                CashflowKeys.quarantine(organizationId),
                Rule.BATCH_ID_REUSED + "#" + refused.batchId() + "#" + refused.digest(),
                CashflowCodec.entry(refused)),
            Optional.empty()));
    Figures count = new Figures();
    count.add(FigureNames.ruleCount(Rule.BATCH_ID_REUSED, refused.source()), refused.rows());
    writes.add(add(organizationId, new AggregateUpdate(new AggregateKey.RuleCounts(0), count)));
    // Refused by its condition: this refused delivery was already set aside.
    Transactions.commit(dynamoDb, writes);
  }

  @Override
  public Map<GroupKey, Group> groups(String organizationId, Set<GroupKey> keys) {
    Map<String, GroupKey> byPk = new LinkedHashMap<>();
    keys.forEach(key -> byPk.put(CashflowKeys.group(organizationId, key), key));
    Map<GroupKey, Group> groups = new LinkedHashMap<>();
    keys.forEach(key -> groups.put(key, Group.none()));
    List<Map<String, AttributeValue>> itemKeys =
        byPk.keySet().stream().map(pk -> CashflowKeys.key(pk, "G")).toList();
    for (Map<String, AttributeValue> item : ItemBatches.get(dynamoDb, table, itemKeys, true)) {
      groups.put(byPk.get(item.get(PK).s()), groupOf(item));
    }
    return groups;
  }

  @Override
  public boolean commitRows(String organizationId, RowStep step) {
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(
        TransactWriteItem.builder()
            .update(
                update ->
                    update
                        .tableName(table)
                        .key(
                            CashflowKeys.key(
                                CashflowKeys.batch(organizationId, step.batchId()), "BATCH"))
                        .conditionExpression("#next = :from")
                        .updateExpression("SET #next = :to")
                        .expressionAttributeNames(Map.of("#next", "next"))
                        .expressionAttributeValues(
                            Map.of(":from", n(step.from()), ":to", n(step.to()))))
            .build());
    writes.add(
        put(
            Map.of(
                PK,
                s(CashflowKeys.batch(organizationId, step.batchId())),
                SK,
                s(CashflowKeys.journalSk(step.from())),
                "deltas",
                s(CashflowCodec.deltas(step.journal())),
                "expires_at",
                n(clock.instant().plus(JOURNAL_RETENTION).getEpochSecond())),
            Optional.empty()));
    step.groups().forEach(group -> writes.add(groupWrite(organizationId, group)));
    step.released().forEach(row -> writes.addAll(removals(organizationId, row)));
    step.quarantined().forEach(row -> writes.addAll(entries(organizationId, row)));
    return Transactions.commit(dynamoDb, writes);
  }

  @Override
  public List<Deltas> journal(String organizationId, String batchId) {
    List<Deltas> journal = new ArrayList<>();
    query(
            QueryRequest.builder()
                .tableName(table)
                .consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :journal)")
                .expressionAttributeValues(
                    Map.of(
                        ":pk", s(CashflowKeys.batch(organizationId, batchId)), ":journal", s("J#")))
                .build())
        .forEach(item -> journal.add(CashflowCodec.deltasOf(item.get("deltas").s())));
    return journal;
  }

  @Override
  public boolean commitTotals(String organizationId, TotalsStep step) {
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(
        TransactWriteItem.builder()
            .update(
                update ->
                    update
                        .tableName(table)
                        .key(
                            CashflowKeys.key(
                                CashflowKeys.batch(organizationId, step.batchId()), "BATCH"))
                        .conditionExpression("#next = :from AND #done = :false")
                        .updateExpression("SET #next = :to, #done = :last")
                        .expressionAttributeNames(Map.of("#next", "next", "#done", "done"))
                        .expressionAttributeValues(
                            Map.of(
                                ":from",
                                n(step.from()),
                                ":to",
                                n(step.to()),
                                ":false",
                                AttributeValue.fromBool(false),
                                ":last",
                                AttributeValue.fromBool(step.last()))))
            .build());
    step.updates().forEach(update -> writes.add(add(organizationId, update)));
    return commitAdding(writes, step.updates());
  }

  @Override
  public HeldRows held(
      String organizationId, String currency, LocalDate from, Optional<String> cursor, int limit) {
    String pk = CashflowKeys.held(organizationId, currency);
    QueryResponse page =
        dynamoDb.query(
            request ->
                request
                    .tableName(table)
                    .consistentRead(true)
                    .keyConditionExpression("pk = :pk AND sk >= :from")
                    .expressionAttributeValues(Map.of(":pk", s(pk), ":from", s(from.toString())))
                    .exclusiveStartKey(cursor.map(sk -> CashflowKeys.key(pk, sk)).orElse(null))
                    .limit(limit));
    List<QuarantinedRow> rows =
        page.items().stream()
            .map(item -> (QuarantinedRow) CashflowCodec.entryOf(item.get("entry").s()))
            .toList();
    return new HeldRows(
        rows,
        page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
            ? Optional.of(page.lastEvaluatedKey().get(SK).s())
            : Optional.empty());
  }

  @Override
  public boolean commitRelease(String organizationId, ReleaseStep step) {
    List<TransactWriteItem> writes = new ArrayList<>();
    step.groups().forEach(group -> writes.add(groupWrite(organizationId, group)));
    step.released().forEach(row -> writes.addAll(removals(organizationId, row)));
    step.updates().forEach(update -> writes.add(add(organizationId, update)));
    return writes.isEmpty() || commitAdding(writes, step.updates());
  }

  private TransactWriteItem groupWrite(String organizationId, GroupWrite write) {
    Group after = write.after();
    Map<String, AttributeValue> item =
        new HashMap<>(CashflowKeys.key(CashflowKeys.group(organizationId, write.key()), "G"));
    item.put("v", n(after.version()));
    item.put(
        "refs", AttributeValue.fromL(after.refs().stream().map(ref -> s(ref.text())).toList()));
    after.member().ifPresent(member -> item.put("member", s(CashflowCodec.member(member))));
    long expected = write.before().version();
    return TransactWriteItem.builder()
        .put(
            put ->
                put.tableName(table)
                    .item(item)
                    .conditionExpression(expected == 0 ? "attribute_not_exists(pk)" : "v = :v")
                    .expressionAttributeValues(expected == 0 ? null : Map.of(":v", n(expected))))
        .build();
  }

  private static Group groupOf(Map<String, AttributeValue> item) {
    return new Group(
        Long.parseLong(item.get("v").n()),
        item.get("refs").l().stream().map(ref -> RowRef.ofText(ref.s())).toList(),
        item.containsKey("member")
            ? Optional.of(CashflowCodec.memberOf(item.get("member").s()))
            : Optional.empty());
  }

  /** The items of a quarantined row: the entry, one per company, and its place among held rows. */
  private List<TransactWriteItem> entries(String organizationId, QuarantinedRow row) {
    String entry = CashflowCodec.entry(row);
    List<TransactWriteItem> writes = new ArrayList<>();
    for (String[] key : entryKeys(organizationId, row)) {
      writes.add(put(entryItem(key[0], key[1], entry), Optional.empty()));
    }
    return writes;
  }

  private List<TransactWriteItem> removals(String organizationId, QuarantinedRow row) {
    List<TransactWriteItem> writes = new ArrayList<>();
    for (String[] key : entryKeys(organizationId, row)) {
      writes.add(
          TransactWriteItem.builder()
              .delete(delete -> delete.tableName(table).key(CashflowKeys.key(key[0], key[1])))
              .build());
    }
    return writes;
  }

  private static List<String[]> entryKeys(String organizationId, QuarantinedRow row) {
    List<String[]> keys = new ArrayList<>();
    String sk = CashflowKeys.entrySk(row);
    keys.add(new String[] {CashflowKeys.quarantine(organizationId), sk});
    row.companyIds()
        .forEach(
            company ->
                keys.add(
                    new String[] {CashflowKeys.quarantineOfCompany(organizationId, company), sk}));
    row.heldDay()
        .ifPresent(
            day ->
                keys.add(
                    new String[] {
                      CashflowKeys.held(organizationId, row.row().currency()),
                      CashflowKeys.heldSk(day, row)
                    }));
    return keys;
  }

  private static Map<String, AttributeValue> entryItem(String pk, String sk, String entry) {
    return Map.of(PK, s(pk), SK, s(sk), "entry", s(entry));
  }

  /**
   * Commits writes that end with {@code updates}; an update refused for the size its item would
   * reach is {@link AggregateFull}.
   */
  private boolean commitAdding(List<TransactWriteItem> writes, List<AggregateUpdate> updates) {
    try {
      return Transactions.commit(dynamoDb, writes);
    } catch (TransactionCanceledException e) {
      int update = Transactions.oversizedAt(e) - (writes.size() - updates.size());
      if (update >= 0 && update < updates.size()) {
        throw new AggregateFull(updates.get(update).key(), e);
      }
      throw e;
    }
  }

  private TransactWriteItem add(String organizationId, AggregateUpdate update) {
    String[] item = CashflowKeys.aggregate(organizationId, update.key());
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    List<String> terms = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Long> figure : update.figures().asMap().entrySet()) {
      names.put("#f" + i, CashflowKeys.FIGURE + figure.getKey());
      values.put(":f" + i, n(figure.getValue()));
      terms.add("#f" + i + " :f" + i);
      i++;
    }
    return TransactWriteItem.builder()
        .update(
            write ->
                write
                    .tableName(table)
                    .key(CashflowKeys.key(item[0], item[1]))
                    .updateExpression("ADD " + String.join(", ", terms))
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values))
        .build();
  }

  private TransactWriteItem put(Map<String, AttributeValue> item, Optional<String> condition) {
    return TransactWriteItem.builder()
        .put(put -> put.tableName(table).item(item).conditionExpression(condition.orElse(null)))
        .build();
  }

  private Map<String, AttributeValue> batchRecord(String organizationId, String batchId) {
    return dynamoDb
        .getItem(
            request ->
                request
                    .tableName(table)
                    .key(CashflowKeys.key(CashflowKeys.batch(organizationId, batchId), "BATCH"))
                    .consistentRead(true))
        .item();
  }

  private static Claim.Open open(Map<String, AttributeValue> record) {
    return new Claim.Open(Integer.parseInt(record.get("next").n()), record.get("done").bool());
  }

  private List<Map<String, AttributeValue>> query(QueryRequest first) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    dynamoDb.queryPaginator(first).items().forEach(items::add);
    return items;
  }
}
