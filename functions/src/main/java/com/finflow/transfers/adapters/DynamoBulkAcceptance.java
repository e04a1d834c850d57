package com.finflow.transfers.adapters;

import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;
import static com.finflow.transfers.adapters.BulkTable.audit;
import static com.finflow.transfers.adapters.BulkTable.bulkKey;
import static com.finflow.transfers.adapters.BulkTable.submissionKey;

import com.finflow.shared.aws.AccountsTable;
import com.finflow.shared.aws.Items;
import com.finflow.transfers.Bulk;
import com.finflow.transfers.BulkAcceptance;
import com.finflow.transfers.CreditTransfer;
import com.finflow.transfers.Submissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A bulk's acceptance in one transaction: the submission under its idempotency key, the bulk, its
 * transfers ({@code PAYLOAD#n}), the reservation on the accounts table and the audit entry; a
 * refusal tells which condition failed (key taken, funds short). Submissions are {@code
 * SUBMISSION#organization#key}, with a TTL.
 */
final class DynamoBulkAcceptance implements BulkAcceptance, Submissions {

  private final BulkTable table;

  DynamoBulkAcceptance(BulkTable table) {
    this.table = table;
  }

  @Override
  public Acceptance accept(Bulk bulk, List<CreditTransfer> transfers, Submission submission) {
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(
        table.put(
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
    writes.add(table.put(BulkItems.itemOf(bulk), "attribute_not_exists(pk)"));
    writes.add(
        TransactWriteItem.builder()
            .update(
                AccountsTable.reserve(
                    table.accounts(), bulk.accountIban(), bulk.organizationId(), bulk.total()))
            .build());
    for (int chunk = 0; chunk * TransferPayload.CHUNK < transfers.size(); chunk++) {
      List<CreditTransfer> part =
          transfers.subList(
              chunk * TransferPayload.CHUNK,
              Math.min(transfers.size(), (chunk + 1) * TransferPayload.CHUNK));
      writes.add(
          table.put(
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
        table.put(
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
      table.dynamoDb().transactWriteItems(request -> request.transactItems(writes));
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
    return table
        .item(submissionKey(submission.organizationId(), submission.idempotencyKey()), "SUBMISSION")
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
        table
            .dynamoDb()
            .getItem(
                request ->
                    request
                        .tableName(table.accounts())
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
    // Refused when the reconciler or a previous attempt completed it: nothing left to do.
    table.updateIf(
        Map.of("pk", s(submissionKey(organizationId, idempotencyKey)), "sk", s("SUBMISSION")),
        "#state = :accepting",
        "SET #state = :completed",
        Map.of("#state", "state"),
        Map.of(":accepting", s("ACCEPTING"), ":completed", s("COMPLETED")));
  }
}
