package com.finflow.transfers.adapters;

import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;
import static com.finflow.transfers.adapters.BulkTable.audit;
import static com.finflow.transfers.adapters.BulkTable.bulkItemKey;

import com.finflow.shared.aws.AccountsTable;
import com.finflow.shared.aws.Items;
import com.finflow.transfers.Bulk;
import com.finflow.transfers.BulkSettlement;
import com.finflow.transfers.BulkStatus;
import com.finflow.transfers.OutboxNotice;
import com.finflow.transfers.Tally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Settles a bulk in one transaction: its final status on condition that the counts read are the
 * counts stored, the debit and the reservation's release on the accounts table, the audit entry,
 * and the webhook notice in the outbox.
 */
final class DynamoBulkSettlement implements BulkSettlement {

  private final BulkTable table;

  DynamoBulkSettlement(BulkTable table) {
    this.table = table;
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
                        .tableName(table.name())
                        .key(bulkItemKey(bulk.id()))
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
                    table.accounts(), bulk.accountIban(), bulk.total(), tally.executedAmount()))
            .build());
    writes.add(
        table.put(
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
    notice.ifPresent(pending -> writes.add(table.put(OutboxItems.itemOf(pending), null)));
    return Items.commitUnlessFirstRefused(table.dynamoDb(), writes);
  }
}
