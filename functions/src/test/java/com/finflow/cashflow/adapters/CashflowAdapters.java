package com.finflow.cashflow.adapters;

import com.finflow.cashflow.CashflowPorts;
import com.finflow.shared.aws.LocalDynamoDb;
import java.time.Clock;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The cashflow table on DynamoDB Local, shaped like the stack's. */
public final class CashflowAdapters {

  private CashflowAdapters() {}

  /** The cashflow ports on a new table, as the contract tests use them. */
  static CashflowPorts newPorts() {
    String table = newCashflowTable();
    DynamoBatchLedger ledger =
        new DynamoBatchLedger(LocalDynamoDb.client(), table, Clock.systemUTC());
    DynamoCompanies companies = new DynamoCompanies(LocalDynamoDb.client(), table);
    return new CashflowPorts(
        ledger,
        companies,
        companies,
        companies,
        new DynamoAggregates(LocalDynamoDb.client(), table),
        new DynamoQuarantineRecords(LocalDynamoDb.client(), table));
  }

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
