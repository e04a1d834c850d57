package com.finflow.transfers.adapters;

import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;

import com.finflow.shared.aws.AccountsTable;
import com.finflow.shared.aws.Items;
import com.finflow.transfers.Bulk;
import com.finflow.transfers.BulkAcceptance;
import com.finflow.transfers.BulkSettlement;
import com.finflow.transfers.BulkStatus;
import com.finflow.transfers.BulkTransfers;
import com.finflow.transfers.Bulks;
import com.finflow.transfers.CreditTransfer;
import com.finflow.transfers.FanOutProgress;
import com.finflow.transfers.NoticeOutbox;
import com.finflow.transfers.OpenBulks;
import com.finflow.transfers.OutboxNotice;
import com.finflow.transfers.Submissions;
import com.finflow.transfers.Tally;
import com.finflow.transfers.TransferLedger;
import com.finflow.transfers.TransferOrder;
import com.finflow.transfers.TransferOutcome;
import com.finflow.transfers.TransferStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Bulks in the transfers table, keyed {@code BULK#id}: the bulk itself ({@code BULK}, small,
 * counted on), its submitted transfers ({@code PAYLOAD#n}), one item per ended transfer ({@code
 * OUTCOME#index}) and an append-only audit trail of the bulk's own changes ({@code AUDIT#time#id}).
 * Outcome items are the transfers' audit events: written once, never changed, with when, what and
 * the message that caused them. Webhook notices wait in the bulk's outbox ({@code OUTBOX#notice
 * id}), written in the transaction of the settlement or failure that causes them, until published.
 * Submissions are {@code SUBMISSION#organization#key} with a TTL. Reservations change the accounts
 * table in the same transactions.
 */
final class DynamoBulkStore
    implements BulkAcceptance,
        Submissions,
        Bulks,
        BulkTransfers,
        TransferLedger,
        FanOutProgress,
        BulkSettlement,
        OpenBulks,
        NoticeOutbox {

  static final String OPEN_INDEX = "open-bulks";
  static final String PENDING_NOTICES_INDEX = "pending-notices";
  private static final String CLAIMED = "EXECUTING";

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final String accountsTable;

  DynamoBulkStore(DynamoDbClient dynamoDb, String table, String accountsTable) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.accountsTable = accountsTable;
  }

  @Override
  public Acceptance accept(Bulk bulk, List<CreditTransfer> transfers, Submission submission) {
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(
        put(
            Map.of(
                "pk",
                s(submissionKey(submission.organizationId(), submission.idempotencyKey())),
                "sk",
                s("SUBMISSION"),
                "payload_hash",
                s(submission.payloadHash()),
                "state",
                s("ACCEPTING"),
                "response",
                s(submission.response()),
                "bulk_id",
                s(bulk.id()),
                "expires_at",
                n(submission.expiresAt().getEpochSecond())),
            "attribute_not_exists(pk)"));
    writes.add(put(BulkItems.itemOf(bulk), "attribute_not_exists(pk)"));
    writes.add(
        TransactWriteItem.builder()
            .update(
                AccountsTable.reserve(
                    accountsTable, bulk.accountIban(), bulk.organizationId(), bulk.total()))
            .build());
    for (int chunk = 0; chunk * TransferPayload.CHUNK < transfers.size(); chunk++) {
      List<CreditTransfer> part =
          transfers.subList(
              chunk * TransferPayload.CHUNK,
              Math.min(transfers.size(), (chunk + 1) * TransferPayload.CHUNK));
      writes.add(
          put(
              Map.of(
                  "pk",
                  s(bulkKey(bulk.id())),
                  "sk",
                  s(String.format("PAYLOAD#%02d", chunk)),
                  "transfers",
                  AttributeValue.fromB(SdkBytes.fromByteArray(TransferPayload.encode(part)))),
              null));
    }
    writes.add(
        put(
            audit(
                bulk.id(),
                "bulk accepted",
                "reserved "
                    + bulk.total().toDecimalString()
                    + " for "
                    + bulk.transferCount()
                    + " transfers",
                "submission " + submission.idempotencyKey()),
            null));
    try {
      dynamoDb.transactWriteItems(request -> request.transactItems(writes));
      return new Acceptance.Accepted();
    } catch (TransactionCanceledException e) {
      if (Items.failedAt(e, 0)) {
        return existingSubmission(submission);
      }
      if (Items.failedAt(e, 2)) {
        return shortfall(bulk);
      }
      if (e.cancellationReasons().stream()
          .map(CancellationReason::code)
          .anyMatch("TransactionConflict"::equals)) {
        return new Acceptance.StillBeingAccepted();
      }
      throw e;
    }
  }

  private Acceptance existingSubmission(Submission submission) {
    return earlier(submission).orElseGet(Acceptance.StillBeingAccepted::new);
  }

  @Override
  public Optional<Acceptance> earlier(Submission submission) {
    return item(
            submissionKey(submission.organizationId(), submission.idempotencyKey()), "SUBMISSION")
        .<Acceptance>map(
            existing -> {
              if (!existing.get("payload_hash").s().equals(submission.payloadHash())) {
                return new Acceptance.KeyReusedForAnotherPayload();
              }
              return "COMPLETED".equals(existing.get("state").s())
                  ? new Acceptance.Replay(existing.get("response").s())
                  : new Acceptance.StillBeingAccepted();
            });
  }

  private Acceptance shortfall(Bulk bulk) {
    Map<String, AttributeValue> account =
        dynamoDb
            .getItem(
                request ->
                    request
                        .tableName(accountsTable)
                        .key(AccountsTable.key(bulk.accountIban()))
                        .consistentRead(true))
            .item();
    if (account == null
        || account.isEmpty()
        || !bulk.organizationId().equals(account.get(AccountsTable.ORGANIZATION_ID).s())
        || !bulk.total()
            .currency()
            .getCurrencyCode()
            .equals(account.get(AccountsTable.CURRENCY).s())) {
      return new Acceptance.NoSuchAccount();
    }
    return new Acceptance.InsufficientFunds(
        AccountsTable.money(account, AccountsTable.AVAILABLE_MINOR), bulk.total());
  }

  @Override
  public void complete(String organizationId, String idempotencyKey) {
    try {
      dynamoDb.updateItem(
          request ->
              request
                  .tableName(table)
                  .key(
                      Map.of(
                          "pk",
                          s(submissionKey(organizationId, idempotencyKey)),
                          "sk",
                          s("SUBMISSION")))
                  .conditionExpression("#state = :accepting")
                  .updateExpression("SET #state = :completed")
                  .expressionAttributeNames(Map.of("#state", "state"))
                  .expressionAttributeValues(
                      Map.of(":accepting", s("ACCEPTING"), ":completed", s("COMPLETED"))));
    } catch (ConditionalCheckFailedException alreadyCompleted) {
      // Completed by the reconciler or a previous attempt: nothing left to do.
    }
  }

  @Override
  public Optional<Bulk> find(String bulkId) {
    return item(bulkKey(bulkId), "BULK").map(BulkItems::bulkOf);
  }

  @Override
  public List<CreditTransfer> transfersOf(String bulkId) {
    Bulk bulk = find(bulkId).orElseThrow(() -> new IllegalStateException("no bulk " + bulkId));
    List<CreditTransfer> transfers = new ArrayList<>();
    dynamoDb
        .queryPaginator(
            request ->
                request
                    .tableName(table)
                    .consistentRead(true)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :payload)")
                    .expressionAttributeValues(
                        Map.of(":pk", s(bulkKey(bulkId)), ":payload", s("PAYLOAD#"))))
        .items()
        .forEach(
            item ->
                transfers.addAll(
                    TransferPayload.decode(
                        item.get("transfers").b().asByteArray(), bulk.total().currency())));
    transfers.sort(Comparator.comparingInt(CreditTransfer::index));
    return transfers;
  }

  @Override
  public List<TransferOutcome> outcomes(String bulkId, int fromIndex, int limit) {
    List<TransferOutcome> outcomes = new ArrayList<>();
    dynamoDb
        .queryPaginator(
            request ->
                request
                    .tableName(table)
                    .consistentRead(true)
                    .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                    .expressionAttributeValues(
                        Map.of(
                            ":pk",
                            s(bulkKey(bulkId)),
                            ":from",
                            s(outcomeKey(fromIndex)),
                            ":to",
                            s(outcomeKey(fromIndex + limit - 1)))))
        .items()
        .stream()
        // A claim (execution begun, not ended) is not an outcome yet: the transfer is still
        // pending.
        .filter(item -> !CLAIMED.equals(item.get("status").s()))
        .forEach(
            item ->
                outcomes.add(
                    new TransferOutcome(
                        Integer.parseInt(item.get("index").n()),
                        TransferStatus.valueOf(item.get("status").s()),
                        Optional.ofNullable(item.get("reason")).map(AttributeValue::s),
                        Optional.ofNullable(item.get("bank_reference")).map(AttributeValue::s),
                        Instant.parse(item.get("recorded_at").s()))));
    return outcomes;
  }

  @Override
  public boolean recordOutcome(
      TransferOrder order, TransferOutcome outcome, String cause, Optional<OutboxNotice> notice) {
    Map<String, AttributeValue> item =
        new HashMap<>(
            Map.of(
                "pk",
                s(bulkKey(order.bulkId())),
                "sk",
                s(outcomeKey(outcome.index())),
                "index",
                n(outcome.index()),
                "status",
                s(outcome.status().name()),
                "amount_minor",
                n(order.transfer().amount().minorUnits()),
                "recorded_at",
                s(outcome.recordedAt().toString()),
                "cause",
                s(cause)));
    outcome.reason().ifPresent(reason -> item.put("reason", s(reason)));
    outcome.bankReference().ifPresent(reference -> item.put("bank_reference", s(reference)));
    String counter = outcome.status().name().toLowerCase(Locale.ROOT);
    // Ending a claimed transfer is allowed; cancelling one is not: its payment may already have
    // left.
    String condition =
        outcome.status() == TransferStatus.CANCELLED
            ? "attribute_not_exists(sk)"
            : "attribute_not_exists(sk) OR #status = :claimed";
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(
        TransactWriteItem.builder()
            .put(
                put -> {
                  put.tableName(table).item(item).conditionExpression(condition);
                  if (outcome.status() != TransferStatus.CANCELLED) {
                    put.expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":claimed", s(CLAIMED)));
                  }
                })
            .build());
    writes.add(
        TransactWriteItem.builder()
            .update(
                update ->
                    update
                        .tableName(table)
                        .key(Map.of("pk", s(bulkKey(order.bulkId())), "sk", s("BULK")))
                        .conditionExpression("attribute_exists(pk)")
                        .updateExpression(
                            "ADD " + counter + "_count :one, " + counter + "_minor :amount")
                        .expressionAttributeValues(
                            Map.of(
                                ":one",
                                n(1),
                                ":amount",
                                n(order.transfer().amount().minorUnits()))))
            .build());
    notice.ifPresent(pending -> writes.add(put(OutboxItems.itemOf(pending), null)));
    return Items.commitUnlessFirstRefused(dynamoDb, writes);
  }

  @Override
  public boolean claim(TransferOrder order, String cause) {
    try {
      dynamoDb.putItem(
          request ->
              request
                  .tableName(table)
                  .item(
                      Map.of(
                          "pk",
                          s(bulkKey(order.bulkId())),
                          "sk",
                          s(outcomeKey(order.transfer().index())),
                          "index",
                          n(order.transfer().index()),
                          "status",
                          s(CLAIMED),
                          "recorded_at",
                          s(Instant.now().toString()),
                          "cause",
                          s(cause)))
                  .conditionExpression("attribute_not_exists(sk) OR #status = :claimed")
                  .expressionAttributeNames(Map.of("#status", "status"))
                  .expressionAttributeValues(Map.of(":claimed", s(CLAIMED))));
      return true;
    } catch (ConditionalCheckFailedException ended) {
      return false;
    }
  }

  @Override
  public boolean startCancelling(String bulkId, String cause) {
    return Items.commitUnlessFirstRefused(
        dynamoDb,
        List.of(
            TransactWriteItem.builder()
                .update(
                    update ->
                        update
                            .tableName(table)
                            .key(Map.of("pk", s(bulkKey(bulkId)), "sk", s("BULK")))
                            .conditionExpression("#status = :accepted")
                            .updateExpression("SET #status = :cancelling")
                            .expressionAttributeNames(Map.of("#status", "status"))
                            .expressionAttributeValues(
                                Map.of(
                                    ":accepted",
                                    s(BulkStatus.ACCEPTED.name()),
                                    ":cancelling",
                                    s(BulkStatus.CANCELLING.name()))))
                .build(),
            put(
                audit(
                    bulkId,
                    "bulk cancelling",
                    "a transfer failed permanently in an all-or-nothing bulk",
                    cause),
                null)));
  }

  @Override
  public void markFannedOut(String bulkId) {
    dynamoDb.updateItem(
        request ->
            request
                .tableName(table)
                .key(Map.of("pk", s(bulkKey(bulkId)), "sk", s("BULK")))
                .updateExpression("SET fanned_out = :true")
                .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true))));
  }

  @Override
  public boolean settle(Bulk bulk, String cause, Optional<OutboxNotice> notice) {
    // The condition below ties the counts read to the counts stored, so the bulk read tells what is
    // pending.
    if (!bulk.allTransfersFinished()) {
      return false;
    }
    Tally tally = bulk.tally();
    BulkStatus status = bulk.settledStatus();
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(
        TransactWriteItem.builder()
            .update(
                update ->
                    update
                        .tableName(table)
                        .key(Map.of("pk", s(bulkKey(bulk.id())), "sk", s("BULK")))
                        // The counts read are the counts written: no outcome was recorded in
                        // between.
                        .conditionExpression(
                            "#status IN (:accepted, :cancelling) AND executed_count = :executed"
                                + " AND failed_count = :failed AND cancelled_count = :cancelled")
                        .updateExpression(
                            "SET #status = :final, settled_at = :now REMOVE open_shard")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(
                            Map.of(
                                ":accepted",
                                s(BulkStatus.ACCEPTED.name()),
                                ":cancelling",
                                s(BulkStatus.CANCELLING.name()),
                                ":executed",
                                n(tally.executed()),
                                ":failed",
                                n(tally.failed()),
                                ":cancelled",
                                n(tally.cancelled()),
                                ":final",
                                s(status.name()),
                                ":now",
                                s(Instant.now().toString()))))
            .build());
    writes.add(
        TransactWriteItem.builder()
            .update(
                AccountsTable.settle(
                    accountsTable, bulk.accountIban(), bulk.total(), tally.executedAmount()))
            .build());
    writes.add(
        put(
            audit(
                bulk.id(),
                "bulk settled",
                status.wireName()
                    + ": debited "
                    + bulk.tally().executedAmount().toDecimalString()
                    + ", released reservation of "
                    + bulk.total().toDecimalString(),
                cause),
            null));
    notice.ifPresent(pending -> writes.add(put(OutboxItems.itemOf(pending), null)));
    return Items.commitUnlessFirstRefused(dynamoDb, writes);
  }

  @Override
  public List<Bulk> createdBefore(Instant before) {
    List<Bulk> open = new ArrayList<>();
    dynamoDb
        .queryPaginator(
            request ->
                request
                    .tableName(table)
                    .indexName(OPEN_INDEX)
                    .keyConditionExpression("open_shard = :open AND created_at < :before")
                    .expressionAttributeValues(
                        Map.of(":open", s(BulkItems.OPEN), ":before", s(before.toString()))))
        .items()
        .forEach(
            item ->
                find(BulkItems.bulkIdOf(item.get("pk").s()))
                    .filter(bulk -> !bulk.status().settled())
                    .ifPresent(open::add));
    return open;
  }

  @Override
  public List<OutboxNotice> pendingOf(String bulkId) {
    return dynamoDb
        .queryPaginator(
            request ->
                request
                    .tableName(table)
                    .consistentRead(true)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :outbox)")
                    .expressionAttributeValues(
                        Map.of(":pk", s(bulkKey(bulkId)), ":outbox", s(OutboxItems.PREFIX))))
        .items()
        .stream()
        .map(OutboxItems::noticeOf)
        .toList();
  }

  @Override
  public List<String> bulksWithNoticesDue(Instant now) {
    LinkedHashSet<String> bulkIds = new LinkedHashSet<>();
    dynamoDb
        .queryPaginator(
            request ->
                request
                    .tableName(table)
                    .indexName(PENDING_NOTICES_INDEX)
                    .keyConditionExpression("#shard = :pending AND #due <= :now")
                    .expressionAttributeNames(
                        Map.of("#shard", OutboxItems.SHARD, "#due", OutboxItems.DUE))
                    .expressionAttributeValues(
                        Map.of(":pending", s(OutboxItems.PENDING), ":now", n(now.toEpochMilli()))))
        .items()
        .forEach(item -> bulkIds.add(BulkItems.bulkIdOf(item.get("pk").s())));
    return List.copyOf(bulkIds);
  }

  @Override
  public boolean claim(OutboxNotice notice, Instant until) {
    try {
      dynamoDb.updateItem(
          request ->
              request
                  .tableName(table)
                  .key(OutboxItems.keyOf(notice))
                  // Still as read: neither claimed by another drain since nor removed.
                  .conditionExpression("#due = :seen")
                  .updateExpression("SET #due = :until")
                  .expressionAttributeNames(Map.of("#due", OutboxItems.DUE))
                  .expressionAttributeValues(
                      Map.of(
                          ":seen",
                          n(notice.dueAt().toEpochMilli()),
                          ":until",
                          n(until.toEpochMilli()))));
      return true;
    } catch (ConditionalCheckFailedException takenOrGone) {
      return false;
    }
  }

  @Override
  public void remove(OutboxNotice notice) {
    dynamoDb.deleteItem(request -> request.tableName(table).key(OutboxItems.keyOf(notice)));
  }

  private Optional<Map<String, AttributeValue>> item(String pk, String sk) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                request ->
                    request
                        .tableName(table)
                        .key(Map.of("pk", s(pk), "sk", s(sk)))
                        .consistentRead(true))
            .item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
  }

  private TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
    return TransactWriteItem.builder()
        .put(
            put -> {
              put.tableName(table).item(item);
              if (condition != null) {
                put.conditionExpression(condition);
              }
            })
        .build();
  }

  private static Map<String, AttributeValue> audit(
      String bulkId, String event, String detail, String cause) {
    Instant now = Instant.now();
    return Map.of(
        "pk",
        s(bulkKey(bulkId)),
        "sk",
        s("AUDIT#" + now + "#" + UUID.randomUUID()),
        "event",
        s(event),
        "detail",
        s(detail),
        "cause",
        s(cause),
        "at",
        s(now.toString()));
  }

  static String bulkKey(String bulkId) {
    return "BULK#" + bulkId;
  }

  private static String outcomeKey(int index) {
    return String.format("OUTCOME#%05d", index);
  }

  private static String submissionKey(String organizationId, String key) {
    return "SUBMISSION#" + organizationId + "#" + key;
  }
}
