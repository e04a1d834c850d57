package com.finflow.transfers.adapters;

import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;
import static com.finflow.transfers.adapters.BulkTable.PENDING_NOTICES_INDEX;

import com.finflow.transfers.NoticeOutbox;
import com.finflow.transfers.OutboxNotice;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
    return table.bulkIdsIn(
        PENDING_NOTICES_INDEX,
        "#shard = :pending AND #due <= :now",
        Map.of("#shard", OutboxItems.SHARD, "#due", OutboxItems.DUE),
        Map.of(":pending", s(OutboxItems.PENDING), ":now", n(now.toEpochMilli())));
  }

  @Override
  public boolean claim(OutboxNotice notice, Instant until) {
    // Still as read: neither claimed by another drain since nor removed.
    return table.updateIf(
        OutboxItems.keyOf(notice),
        "#due = :seen",
        "SET #due = :until",
        Map.of("#due", OutboxItems.DUE),
        Map.of(":seen", n(notice.dueAt().toEpochMilli()), ":until", n(until.toEpochMilli())));
  }

  @Override
  public void remove(OutboxNotice notice) {
    table
        .dynamoDb()
        .deleteItem(request -> request.tableName(table.name()).key(OutboxItems.keyOf(notice)));
  }
}
