package com.finflow.architecture.sample.ledger.adapters;

import com.finflow.architecture.sample.ledger.Ledger;
import com.finflow.architecture.sample.ledger.LedgerEntry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** An adapter may use the AWS SDK. */
final class DynamoLedger implements Ledger {

  private final DynamoDbClient dynamoDb;

  DynamoLedger(DynamoDbClient dynamoDb) {
    this.dynamoDb = dynamoDb;
  }

  @Override
  public void record(LedgerEntry entry) {
    dynamoDb.putItem(request -> request.tableName("ledger"));
  }
}
