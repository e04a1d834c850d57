package com.finflow.transfers.adapters;

import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;
import static com.finflow.transfers.adapters.BulkTable.CLAIMED;
import static com.finflow.transfers.adapters.BulkTable.audit;
import static com.finflow.transfers.adapters.BulkTable.bulkItemKey;
import static com.finflow.transfers.adapters.BulkTable.bulkKey;
import static com.finflow.transfers.adapters.BulkTable.outcomeKey;

import com.finflow.shared.aws.Items;
import com.finflow.transfers.BulkStatus;
import com.finflow.transfers.OutboxNotice;
import com.finflow.transfers.TransferLedger;
import com.finflow.transfers.TransferOrder;
import com.finflow.transfers.TransferOutcome;
import com.finflow.transfers.TransferStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One item per transfer ({@code OUTCOME#index}): claimed when execution begins, ended once, with
 * when, what and the message that caused it, and counted on the bulk in the same transaction.
 */
final class DynamoTransferLedger implements TransferLedger {

  private final BulkTable table;

  DynamoTransferLedger(BulkTable table) {
    this.table = table;
  }

  @Override
  public boolean claim(TransferOrder order, String cause) {
    try {
      table
          .dynamoDb()
          .putItem(
              request ->
                  request
                      .tableName(table.name())
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
                  put.tableName(table.name()).item(item).conditionExpression(condition);
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
                        .tableName(table.name())
                        .key(bulkItemKey(order.bulkId()))
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
    notice.ifPresent(pending -> writes.add(table.put(OutboxItems.itemOf(pending), null)));
    return Items.commitUnlessFirstRefused(table.dynamoDb(), writes);
  }

  @Override
  public boolean startCancelling(String bulkId, String cause) {
    return Items.commitUnlessFirstRefused(
        table.dynamoDb(),
        List.of(
            TransactWriteItem.builder()
                .update(
                    update ->
                        update
                            .tableName(table.name())
                            .key(bulkItemKey(bulkId))
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
            table.put(
                audit(
                    bulkId,
                    "bulk cancelling",
                    "a transfer failed permanently in an all-or-nothing bulk",
                    cause),
                null)));
  }
}
