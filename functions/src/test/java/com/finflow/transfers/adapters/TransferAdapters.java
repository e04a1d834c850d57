package com.finflow.transfers.adapters;

import com.finflow.shared.aws.LocalDynamoDb;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.shared.sqs.QueuelessConsumer;
import com.finflow.transfers.BulkRecords;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The transfers table on DynamoDB Local, and a queue consumer for handler tests. */
public final class TransferAdapters {

  private TransferAdapters() {}

  /**
   * A new transfers table shaped like the stack's: pk/sk, the sparse index of open bulks and the
   * sparse index of notices waiting in outboxes.
   */
  /** The DynamoDB bulk adapters over one table, as the contract and use-case tests take them. */
  static BulkRecords records(BulkTable table) {
    DynamoBulkAcceptance acceptance = new DynamoBulkAcceptance(table);
    DynamoBulks bulks = new DynamoBulks(table);
    return new BulkRecords(
        acceptance,
        acceptance,
        bulks,
        bulks,
        new DynamoTransferLedger(table),
        bulks,
        new DynamoBulkSettlement(table),
        bulks,
        new DynamoNoticeOutbox(table));
  }

  public static String newTransfersTable() {
    String name = "transfers-" + UUID.randomUUID();
    LocalDynamoDb.client()
        .createTable(
            request ->
                request
                    .tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                        definition ->
                            definition.attributeName("pk").attributeType(ScalarAttributeType.S),
                        definition ->
                            definition.attributeName("sk").attributeType(ScalarAttributeType.S),
                        definition ->
                            definition
                                .attributeName("open_shard")
                                .attributeType(ScalarAttributeType.S),
                        definition ->
                            definition
                                .attributeName("created_at")
                                .attributeType(ScalarAttributeType.S),
                        definition ->
                            definition
                                .attributeName(OutboxItems.SHARD)
                                .attributeType(ScalarAttributeType.S),
                        definition ->
                            definition
                                .attributeName(OutboxItems.DUE)
                                .attributeType(ScalarAttributeType.N))
                    .keySchema(
                        key -> key.attributeName("pk").keyType(KeyType.HASH),
                        key -> key.attributeName("sk").keyType(KeyType.RANGE))
                    .globalSecondaryIndexes(
                        index ->
                            index
                                .indexName(BulkTable.OPEN_INDEX)
                                .keySchema(
                                    key -> key.attributeName("open_shard").keyType(KeyType.HASH),
                                    key -> key.attributeName("created_at").keyType(KeyType.RANGE))
                                .projection(
                                    projection ->
                                        projection.projectionType(ProjectionType.KEYS_ONLY)),
                        index ->
                            index
                                .indexName(BulkTable.PENDING_NOTICES_INDEX)
                                .keySchema(
                                    key ->
                                        key.attributeName(OutboxItems.SHARD).keyType(KeyType.HASH),
                                    key ->
                                        key.attributeName(OutboxItems.DUE).keyType(KeyType.RANGE))
                                .projection(
                                    projection ->
                                        projection.projectionType(ProjectionType.KEYS_ONLY))));
    return name;
  }

  /**
   * A consumer whose retry delays go nowhere (nothing listens): handler tests look at the batch
   * response only.
   */
  public static QueueConsumer consumerWithoutQueue(boolean concurrent) {
    return QueuelessConsumer.create(concurrent);
  }
}
