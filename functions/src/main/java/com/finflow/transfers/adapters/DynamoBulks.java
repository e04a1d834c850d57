package com.finflow.transfers.adapters;

import static com.finflow.shared.aws.Items.s;
import static com.finflow.transfers.adapters.BulkTable.CLAIMED;
import static com.finflow.transfers.adapters.BulkTable.OPEN_INDEX;
import static com.finflow.transfers.adapters.BulkTable.bulkItemKey;
import static com.finflow.transfers.adapters.BulkTable.bulkKey;
import static com.finflow.transfers.adapters.BulkTable.outcomeKey;

import com.finflow.transfers.Bulk;
import com.finflow.transfers.BulkTransfers;
import com.finflow.transfers.Bulks;
import com.finflow.transfers.CreditTransfer;
import com.finflow.transfers.FanOutProgress;
import com.finflow.transfers.OpenBulks;
import com.finflow.transfers.TransferOutcome;
import com.finflow.transfers.TransferStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Bulks as read back: the bulk item ({@code BULK}), its transfers ({@code PAYLOAD#n}) and ended
 * transfers ({@code OUTCOME#index}); the fan-out mark; open bulks by the sparse index of those not
 * settled.
 */
final class DynamoBulks implements Bulks, BulkTransfers, FanOutProgress, OpenBulks {

  private final BulkTable table;

  DynamoBulks(BulkTable table) {
    this.table = table;
  }

  @Override
  public Optional<Bulk> find(String bulkId) {
    return table.item(bulkKey(bulkId), "BULK").map(BulkItems::bulkOf);
  }

  @Override
  public List<CreditTransfer> transfersOf(String bulkId) {
    Bulk bulk = find(bulkId).orElseThrow(() -> new IllegalStateException("no bulk " + bulkId));
    List<CreditTransfer> transfers = new ArrayList<>();
    table
        .itemsOf(bulkId, "PAYLOAD#")
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
    table
        .dynamoDb()
        .queryPaginator(
            request ->
                request
                    .tableName(table.name())
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
  public void markFannedOut(String bulkId) {
    table
        .dynamoDb()
        .updateItem(
            request ->
                request
                    .tableName(table.name())
                    .key(bulkItemKey(bulkId))
                    .updateExpression("SET fanned_out = :true")
                    .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true))));
  }

  @Override
  public List<Bulk> createdBefore(Instant before) {
    List<Bulk> open = new ArrayList<>();
    table
        .bulkIdsIn(
            OPEN_INDEX,
            "open_shard = :open AND created_at < :before",
            Map.of(),
            Map.of(":open", s(BulkItems.OPEN), ":before", s(before.toString())))
        .forEach(
            bulkId -> find(bulkId).filter(bulk -> !bulk.status().settled()).ifPresent(open::add));
    return open;
  }
}
