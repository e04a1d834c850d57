package com.finflow.cashflow.adapters;

import com.finflow.shared.aws.LocalDynamoDb;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The cashflow table on DynamoDB Local, shaped like the stack's. */
public final class CashflowAdapters {

  private CashflowAdapters() {}

  public static String newCashflowTable() {
    String name = "cashflow-" + UUID.randomUUID();
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
                            definition.attributeName("sk").attributeType(ScalarAttributeType.S))
                    .keySchema(
                        key -> key.attributeName("pk").keyType(KeyType.HASH),
                        key -> key.attributeName("sk").keyType(KeyType.RANGE)));
    return name;
  }
}
