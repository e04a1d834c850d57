package com.finflow.transfers.adapters;

import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;
import static com.finflow.transfers.adapters.BulkTable.PENDING_NOTICES_INDEX;

import com.finflow.transfers.NoticeOutbox;
import com.finflow.transfers.OutboxNotice;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Webhook notices waiting in their bulk's outbox ({@code OUTBOX#notice id}) until published, found
 * by the sparse index of those due, claimed for a lease by a conditional update.
 */
final class DynamoNoticeOutbox implements NoticeOutbox {

  private final BulkTable table;

  DynamoNoticeOutbox(BulkTable table) {
    this.table = table;
  }

  @Override
  public List<OutboxNotice> pendingOf(String bulkId) {
    return table.itemsOf(bulkId, OutboxItems.PREFIX).stream().map(OutboxItems::noticeOf).toList();
  }

  @Override
  public List<String> bulksWithNoticesDue(Instant now) {
    LinkedHashSet<String> bulkIds = new LinkedHashSet<>();
    table
        .dynamoDb()
        .queryPaginator(
            request ->
                request
                    .tableName(table.name())
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
      table
          .dynamoDb()
          .updateItem(
              request ->
                  request
                      .tableName(table.name())
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
    table
        .dynamoDb()
        .deleteItem(request -> request.tableName(table.name()).key(OutboxItems.keyOf(notice)));
  }
}
